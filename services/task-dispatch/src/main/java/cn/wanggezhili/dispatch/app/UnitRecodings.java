package cn.wanggezhili.dispatch.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Commands.RecodePlan;
import cn.wanggezhili.dispatch.app.Commands.RecodeTask;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.RuleViolation;
import org.jboss.logging.Logger;

/**
 * Open tasks and active plans follow their unit when the registry moves it and gives it a new code (the registry
 * sends one GridUnitMoved per unit of the moved subtree; the consumer notes each old → new code). One task or plan
 * per transaction ({@link RecodeTaskHandler}, {@link RecodePlanHandler}), each append its transaction's first write;
 * safe to run in every instance at once.
 */
@ApplicationScoped
public class UnitRecodings {

    private static final Logger LOG = Logger.getLogger(UnitRecodings.class);

    @Inject
    Database database;

    @Inject
    RecodeTaskHandler recodeTask;

    @Inject
    RecodePlanHandler recodePlan;

    @Scheduled(every = "{dispatch.recode-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "{dispatch.recode-interval}")
    void recodeOnSchedule() {
        followRecodedUnits();
    }

    /** Returns how many tasks and plans this run recoded. */
    public int followRecodedUnits() {
        int recoded = 0;
        for (Pending p : pendingTasks()) {
            recoded += attempt(() -> recodeTask.handle(new RecodeTask(new TaskId(p.id()), p.oldCode(), p.newCode())), p);
        }
        for (Pending p : pendingPlans()) {
            recoded += attempt(() -> recodePlan.handle(new RecodePlan(new PlanId(p.id()), p.oldCode(), p.newCode())), p);
        }
        return recoded;
    }

    private static int attempt(Runnable recode, Pending p) {
        try {
            recode.run();
            return 1;
        } catch (ConcurrencyConflict | RuleViolation e) {
            // another instance recoded it first, or it closed meanwhile: nothing left to do
            LOG.debugf("%s not recoded from %s here: %s", p.id(), p.oldCode().value(), e.getMessage());
            return 0;
        }
    }

    private List<Pending> pendingTasks() {
        return database.run(c -> Sql.list(c, """
                select t.id, r.old_code, r.new_code from unit_recoding r
                  join task_view t on t.code = r.old_code or t.origin_code = r.old_code
                 where t.status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED')
                 order by r.recoded_at limit 500
                """, Pending::read));
    }

    private List<Pending> pendingPlans() {
        return database.run(c -> Sql.list(c, """
                select p.id, r.old_code, r.new_code from unit_recoding r
                  join plan_view p on p.code = r.old_code
                 where p.status = 'ACTIVE'
                 order by r.recoded_at limit 500
                """, Pending::read));
    }

    private record Pending(UUID id, GridCode oldCode, GridCode newCode) {
        static Pending read(ResultSet rs) throws SQLException {
            return new Pending(rs.getObject(1, UUID.class), new GridCode(rs.getString(2)), new GridCode(rs.getString(3)));
        }
    }
}
