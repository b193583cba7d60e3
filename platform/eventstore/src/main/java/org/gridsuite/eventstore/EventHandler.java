package org.gridsuite.eventstore;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies one event from another service to this service's tables, on the consumer's connection: its writes
 * commit together with the consumer's position, so the event takes effect exactly once.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(Connection connection, ReceivedEvent event) throws SQLException;
}
