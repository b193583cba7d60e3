package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.app.Commands.LinkHolder;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.security.Caller;

/** A store clerk, grid chief or administrator links a login (a resident of the household) to the account. */
@ApplicationScoped
public class LinkHolderHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    Clock clock;

    @Transactional
    public void handle(LinkHolder cmd, Caller caller) {
        requireAnyRole(caller, StaffRoles.HOLDER_LINKERS);
        Account account = locked.openAccount(cmd.accountId());
        requireCovers(caller, new GridCode(account.code()));
        Instant now = clock.instant();
        accounts.append(account, account.linkHolder(cmd.username(), caller.username(), now), now);
    }
}
