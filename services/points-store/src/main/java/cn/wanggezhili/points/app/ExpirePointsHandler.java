package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.app.Commands.ExpirePoints;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;

/** Writes off the lots of one account past their expiry, one ledger entry per lot; false when none was due. */
@ApplicationScoped
public class ExpirePointsHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    Clock clock;

    @Transactional
    public boolean handle(ExpirePoints cmd) {
        Account account = locked.account(cmd.accountId());
        Instant now = clock.instant();
        List<AccountEvent> expired = account.expire(now);
        accounts.append(account, expired, now);
        return !expired.isEmpty();
    }
}
