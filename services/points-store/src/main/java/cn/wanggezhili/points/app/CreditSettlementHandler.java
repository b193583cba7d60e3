package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.SettlementCredit;
import org.jboss.logging.Logger;

/**
 * Credits scoring's settlement to the subject's account (opening it on the first credit), on the consumer's
 * connection. The account remembers every settlement it was credited, so a redelivered or replayed settlement,
 * even under another event id, credits nothing.
 */
@ApplicationScoped
public class CreditSettlementHandler {

    private static final Logger LOG = Logger.getLogger(CreditSettlementHandler.class);

    @Inject
    Accounts accounts;

    @Inject
    StoreSettings settings;

    @Inject
    Clock clock;

    public void credit(Connection c, SettlementCredit credit) {
        Account account = accounts.lockAndLoad(c, Account.idOf(credit.subjectType(), credit.subjectId()));
        Instant now = clock.instant();
        String code = account.exists() ? account.code() : credit.code();
        List<AccountEvent> events = Account.credit(account, credit, settings.expiryPolicy().expiresAt(code, now), now);
        if (events.isEmpty()) {
            LOG.debugf("settlement %s already credited, ignored", credit.settlementId());
            return;
        }
        accounts.append(c, account, events, now);
    }
}
