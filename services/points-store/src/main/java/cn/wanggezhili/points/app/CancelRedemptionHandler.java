package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import cn.wanggezhili.points.app.Commands.CancelRedemption;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.security.Caller;

/**
 * A reservation called off by its account's holder or by staff (of the account's area and of the store's); the
 * points go back to the lots they came from and the units to stock.
 */
@ApplicationScoped
public class CancelRedemptionHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    ReservationEnd end;

    @Inject
    Clock clock;

    @Transactional
    public void handle(CancelRedemption cmd, Caller caller) {
        Redemption redemption = locked.redemption(cmd.redemptionId());
        Account account = locked.account(redemption.accountId());
        boolean holder = account.isHeldBy(caller.username());
        AccountAccess.requireSpend(caller, account.id().toString(), account.code(), holder);
        if (!holder) {
            requireCovers(caller, redemption.storeCode());
        }
        Instant now = clock.instant();
        end.giveBack(redemption, account, redemption.cancel(cmd.reason(), caller.username(), now), cmd.reason(), now);
    }
}
