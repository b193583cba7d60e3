package cn.wanggezhili.dispatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Objects;
import java.util.UUID;
import cn.wanggezhili.consumer.Inbox;
import cn.wanggezhili.consumer.InboxItem;
import cn.wanggezhili.consumer.InboxWork;
import cn.wanggezhili.dispatch.app.Commands.RecodePlan;
import cn.wanggezhili.dispatch.app.Commands.RecodeTask;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Open tasks and active plans follow their unit when the registry moves it and gives it a new code (the registry
 * sends one GridUnitMoved per unit of the moved subtree). The consumer of grid-registry.events notes, for each move,
 * every open task and active plan on the old code ({@link #noteMove}: one note per task or plan and old code); the
 * inbox runner works each note in a transaction of its own whose first write is that task's or plan's append
 * ({@link RecodeTaskHandler}, {@link RecodePlanHandler}; ADR 0001/0008). Safe in every instance at once.
 */
@ApplicationScoped
public class UnitRecodingWork implements InboxWork {

    public static final String INBOX = "unit-recodings";

    /** Tasks that still follow their unit: open ones, work reported done and matters in mediation included. */
    private static final String OPEN_TASK = "('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'IN_MEDIATION')";

    public enum Kind { TASK, PLAN }

    /** A note's payload: the task or plan, the code it leaves, the code it goes to and the unit that moved. */
    public record Recoding(Kind kind, UUID id, String oldCode, String newCode, UUID unitId) {

        public Recoding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(oldCode, "oldCode");
            Objects.requireNonNull(newCode, "newCode");
        }

        /** One note per task or plan and old code: a task whose unit and unit of origin both moved has two. */
        String key() {
            return kind.name().toLowerCase() + ":" + id + ":" + oldCode;
        }
    }

    @Inject
    RecodeTaskHandler recodeTask;

    @Inject
    RecodePlanHandler recodePlan;

    @Inject
    Database database;

    /**
     * On the consumer's connection: the registry moved unit {@code unitId} from {@code oldCode} to {@code newCode};
     * notes each open task on the old code (or arisen on it) and each active plan on it.
     */
    public static void noteMove(Connection c, UUID unitId, String oldCode, String newCode) {
        for (UUID task : Sql.list(c, "select id from task_view where (code = ? or origin_code = ?) and status in " + OPEN_TASK,
                rs -> rs.getObject(1, UUID.class), oldCode, oldCode)) {
            note(c, new Recoding(Kind.TASK, task, oldCode, newCode, unitId));
        }
        for (UUID plan : Sql.list(c, "select id from plan_view where code = ? and status = 'ACTIVE'",
                rs -> rs.getObject(1, UUID.class), oldCode)) {
            note(c, new Recoding(Kind.PLAN, plan, oldCode, newCode, unitId));
        }
    }

    static void note(Connection c, Recoding recoding) {
        try {
            Inbox.note(c, INBOX, recoding.key(), EventCodec.json().writeValueAsString(recoding));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recoding not written", e);
        }
    }

    @Override
    public String inbox() {
        return INBOX;
    }

    @Override
    public void handle(InboxItem item) {
        Recoding recoding = read(item.payload());
        GridCode oldCode = new GridCode(recoding.oldCode());
        GridCode newCode = currentCode(recoding);
        switch (recoding.kind()) {
            case TASK -> recodeTask.handle(new RecodeTask(new TaskId(recoding.id()), oldCode, newCode));
            case PLAN -> recodePlan.handle(new RecodePlan(new PlanId(recoding.id()), oldCode, newCode));
        }
    }

    /**
     * Where the unit is now: the code of the move, unless the unit moved again meanwhile. The later move did not note
     * a task still on the old code, so a note worked late (after failures) takes it straight to the latest code.
     */
    private GridCode currentCode(Recoding recoding) {
        String now = recoding.unitId() == null ? null : database.run(c -> Sql.one(c,
                "select code from unit_directory where unit_id = ?", rs -> rs.getString(1), recoding.unitId())).orElse(null);
        return new GridCode(now == null || now.equals(recoding.oldCode()) ? recoding.newCode() : now);
    }

    static Recoding read(String payload) {
        try {
            return EventCodec.json().readValue(payload, Recoding.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable recoding: " + payload, e);
        }
    }
}
