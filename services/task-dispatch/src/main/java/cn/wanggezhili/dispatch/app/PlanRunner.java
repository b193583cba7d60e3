package cn.wanggezhili.dispatch.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Commands.RunPlan;
import cn.wanggezhili.dispatch.domain.Cadence;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.kernel.RuleViolation;
import cn.wanggezhili.web.LocalPeriod;
import org.jboss.logging.Logger;

/**
 * Looks for active plans whose current period (the local day of the service's clock) has no tasks yet and runs
 * each ({@link RunPlanHandler}); safe to run in every instance at once, since each plan's run is decided by its stream
 * version.
 */
@ApplicationScoped
public class PlanRunner {

    private static final Logger LOG = Logger.getLogger(PlanRunner.class);

    private record ActivePlan(PlanId id, Cadence cadence, String lastPeriodKey) {
    }

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Inject
    RunPlanHandler run;

    @Scheduled(every = "{dispatch.plan-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "{dispatch.plan-interval}")
    void runPlans() {
        runDuePlans();
    }

    /** Returns how many tasks this run created. */
    public int runDuePlans() {
        return runDuePlans(LocalPeriod.day(clock.instant()));
    }

    /** Runs the plans due on {@code day}; returns how many tasks this instance created. */
    public int runDuePlans(LocalDate day) {
        int created = 0;
        for (ActivePlan plan : active(day)) {
            if (plan.cadence().periodKey(day).equals(plan.lastPeriodKey())) {
                continue;
            }
            try {
                created += run.handle(new RunPlan(plan.id(), day)).map(PlanRunDone::tasksCreated).orElse(0);
            } catch (ConcurrencyConflict | RuleViolation e) {
                // another instance ran it first, or it changed meanwhile: nothing to do
                LOG.debugf("plan %s not run here: %s", plan.id(), e.getMessage());
            } catch (RuntimeException e) {
                // one broken plan must not hold up the others; it is tried again next time
                LOG.errorf(e, "plan %s failed to run for %s", plan.id(), day);
            }
        }
        return created;
    }

    private List<ActivePlan> active(LocalDate day) {
        return database.run(c -> Sql.list(c, """
                select id, cadence, last_period_key from plan_view
                 where status = 'ACTIVE' and starts_on <= ? order by id
                """, rs -> new ActivePlan(new PlanId(rs.getObject(1, UUID.class)), Cadence.valueOf(rs.getString(2)),
                rs.getString(3)), day));
    }
}
