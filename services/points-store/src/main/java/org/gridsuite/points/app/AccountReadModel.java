package org.gridsuite.points.app;

import java.sql.Connection;
import java.util.List;
import org.gridsuite.eventstore.StoredEvent;
import org.gridsuite.points.domain.Account;
import org.gridsuite.points.domain.AccountEvent;

/** Keeps the account list and ledger in the transaction that appends the account's events. */
public interface AccountReadModel {

    void apply(Connection c, Account after, List<? extends AccountEvent> events, List<StoredEvent> stored);
}
