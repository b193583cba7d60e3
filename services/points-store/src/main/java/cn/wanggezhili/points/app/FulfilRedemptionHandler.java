package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.app.Commands.FulfilRedemption;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.security.Caller;

/** The store's staff hand the item over at the counter: the points and units held are spent. */
@ApplicationScoped
public class FulfilRedemptionHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Redemption, RedemptionEvent> redemptions;

    @Inject
    Clock clock;

    @Transactional
    public void handle(FulfilRedemption cmd, Caller caller) {
        requireAnyRole(caller, StaffRoles.COUNTER);
        Redemption redemption = locked.redemption(cmd.redemptionId());
        requireCovers(caller, redemption.storeCode());
        Instant now = clock.instant();
        redemptions.append(redemption, List.of(redemption.fulfil(caller.username(), now)), now);
    }
}
