package cn.wanggezhili.consumer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies one event from another service to this service's tables, on the consumer's connection: its writes
 * commit together with the consumer's position, so the event takes effect exactly once.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(Connection connection, ReceivedEvent event) throws SQLException;

    /**
     * Whether events of {@code eventType} concern this handler at all. Others pass with the poll's offset and no claim
     * or handling: most of a topic is of no interest to most readers, and a claim is a write per event. Skipping a
     * stream's version is safe, since a later version still claims (a claim only ever moves a stream forward).
     */
    default boolean wants(String eventType) {
        return true;
    }

    /**
     * Called at the start of each poll's transaction, on its connection, before any of its events. A reader whose
     * wanted types live in its own tables (scoring's triggers) reads them here once a poll instead of once an event:
     * the poll's records were all fetched before this read, so a type that became wanted before they arrived is seen.
     */
    default void beginPoll(Connection connection) throws SQLException {
    }
}
