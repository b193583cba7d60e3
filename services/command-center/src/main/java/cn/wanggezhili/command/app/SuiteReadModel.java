package cn.wanggezhili.command.app;

import java.sql.Connection;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * One part of the command centre's figures, kept from the events of the services it reads. The same method serves
 * live events and a rebuild from the journal, so a rebuild gives the same rows.
 */
public interface SuiteReadModel {

    void apply(Connection c, StoredEvent event);

    /** Empties this part's tables before a rebuild. */
    void clear(Connection c);
}
