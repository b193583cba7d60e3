package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.app.Commands.AdjustPoints;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.AccountEvent.PointsAdjusted;
import cn.wanggezhili.security.Caller;

/** A township or county administrator corrects an account's balance, with a reason; returns the adjustment's id. */
@ApplicationScoped
public class AdjustPointsHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    StoreSettings settings;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public UUID handle(AdjustPoints cmd, Caller caller) {
        requireAnyRole(caller, StaffRoles.ADMINISTRATORS);
        Account account = locked.openAccount(cmd.accountId());
        requireCovers(caller, new GridCode(account.code()));
        Instant now = clock.instant();
        UUID adjustment = ids.get();
        PointsAdjusted adjusted = account.adjust(adjustment, cmd.points(), cmd.reason(), caller.username(),
                settings.expiryPolicy(), now);
        accounts.append(account, List.of(adjusted), now);
        return adjustment;
    }
}
