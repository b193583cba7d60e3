package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import cn.wanggezhili.points.app.Commands.LapseRedemption;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.Redemption;

/**
 * Lapses a reservation not collected in time, returning its points and stock; false when it is no longer due (the
 * counter, its holder or another instance's run ended it meanwhile).
 */
@ApplicationScoped
public class LapseRedemptionHandler {

    static final String REASON = "预留过期 / reservation lapsed";

    @Inject
    LockedAggregates locked;

    @Inject
    ReservationEnd end;

    @Inject
    Clock clock;

    @Transactional
    public boolean handle(LapseRedemption cmd) {
        Redemption redemption = locked.redemption(cmd.redemptionId());
        Instant now = clock.instant();
        if (!redemption.isDueToLapse(now)) {
            return false;
        }
        Account account = locked.account(redemption.accountId());
        end.giveBack(redemption, account, redemption.lapse(now), REASON, now);
        return true;
    }
}
