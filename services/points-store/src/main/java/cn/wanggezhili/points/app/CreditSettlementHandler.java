package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.SettlementCredit;
import org.jboss.logging.Logger;

/**
 * Credits scoring's settlement to the subject's account (opening it on the first credit), in the transaction the
 * inbox runner opened for {@link CreditSettlementWork} (this method's {@code @Transactional} joins it), whose first
 * write this append is. The account remembers every settlement it was credited, so a redelivered or replayed
 * settlement, even under another event id, credits nothing (the note is then done all the same).
 */
@ApplicationScoped
public class CreditSettlementHandler {

    private static final Logger LOG = Logger.getLogger(CreditSettlementHandler.class);

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    StoreSettings settings;

    @Inject
    Clock clock;

    /** False when the account was credited this settlement before. */
    @Transactional
    public boolean handle(SettlementCredit credit) {
        Account account = locked.account(Account.idOf(credit.subjectType(), credit.subjectId()));
        Instant now = clock.instant();
        List<AccountEvent> events = Account.credit(account, credit, settings.expiryPolicy(), now);
        if (events.isEmpty()) {
            LOG.debugf("settlement %s already credited, ignored", credit.settlementId());
            return false;
        }
        accounts.append(account, events, now);
        return true;
    }
}
