package cn.wanggezhili.scoring.app;

import cn.wanggezhili.scoring.domain.NoticeEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.app.Commands.SettleQuarter;
import cn.wanggezhili.scoring.app.SettlementQueries.SettlementView;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.QuarterSettlement;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.security.Caller;

/**
 * Quarterly settlement (一季一兑现): a unit's approved points of the quarter become one PointsCredited per subject.
 * Settling the same unit and quarter again answers the first run and appends nothing; runs of one unit and quarter
 * are serialised by a transaction-scoped advisory lock, and each credit's stream admits one event only.
 */
@ApplicationScoped
public class SettleQuarterHandler {

    /** The run, and whether this call made it (false: it had been settled before). */
    public record Outcome(SettlementView settlement, boolean created) {
    }

    @Inject
    AggregateRepository<Notice, NoticeEvent> notices;

    @Inject
    AggregateRepository<List<SettlementEvent>, SettlementEvent> settlements;

    @Inject
    AdvisoryLocks locks;

    @Inject
    SettlementQueries runs;

    @Inject
    QuarterBooks books;

    @Inject
    SubjectRegister subjects;

    @Inject
    Clock clock;

    @Transactional
    public Outcome handle(SettleQuarter cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.ADMINS);
        requireCovers(caller, cmd.unit());
        UUID runId = QuarterSettlement.runId(cmd.unit().value(), cmd.quarter());
        locks.hold(runId);
        Optional<SettlementView> before = runs.find(runId);
        if (before.isPresent()) {
            return new Outcome(before.get(), false);
        }
        Notice notice = books.notice(cmd.unit(), cmd.quarter()).map(id -> notices.require(id.value(), "notice")).orElse(null);
        List<SettlementEvent> events = QuarterSettlement.decide(cmd.unit().value(), cmd.quarter(), cmd.quarter().end(CountyTime.ZONE),
                notice, books.totals(cmd.unit(), cmd.quarter()), books.creditedBefore(cmd.unit(), cmd.quarter()),
                subjects.asActor(caller), clock.instant());
        for (SettlementEvent event : events) {
            settlements.append(List.of(), List.of(event)); // each on a new stream of its own
        }
        return new Outcome(runs.find(runId).orElseThrow(), true);
    }
}
