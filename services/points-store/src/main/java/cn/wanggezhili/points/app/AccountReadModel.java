package cn.wanggezhili.points.app;

import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;

/** Keeps the account list and ledger in the transaction that appends the account's events. */
public interface AccountReadModel {

    void apply(Connection c, Account after, List<? extends AccountEvent> events, List<StoredEvent> stored);
}
