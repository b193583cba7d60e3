package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.app.Commands.AssignTiers;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.security.Caller;

/**
 * Ranks a subtree's subjects of one type for a year and assigns their tiers (TierAssigned), once per subtree, year
 * and type: ranking them again answers the first ranking and appends nothing.
 */
@ApplicationScoped
public class AssignTiersHandler {

    @Inject
    AggregateRepository<List<TierAssigned>, TierAssigned> rankings;

    @Inject
    AdvisoryLocks locks;

    @Inject
    YearlyRanking yearly;

    @Inject
    TierQueries tiers;

    @Inject
    Clock clock;

    @Transactional
    public List<TierAssigned> handle(AssignTiers cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.ADMINS);
        requireCovers(caller, cmd.under());
        UUID stream = TierAssigned.streamId(cmd.under().value(), cmd.year(), cmd.subjectType());
        // a second ranking at the same moment waits here and then finds the first
        locks.hold(stream);
        List<TierAssigned> before = rankings.load(stream);
        if (!before.isEmpty()) {
            return tiers.assigned(cmd.under(), cmd.year(), cmd.subjectType());
        }
        List<TierAssigned> ranked = yearly.ranked(cmd.under(), cmd.year(), cmd.subjectType(), clock.instant());
        rankings.append(before, ranked); // an empty subtree appends nothing
        return ranked;
    }
}
