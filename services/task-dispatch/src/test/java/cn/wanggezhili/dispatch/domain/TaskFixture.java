package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAssigned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/**
 * Houma (侯马市) codes, staff and a patrol on a grid of 秦村北社区, walked through its life; plus given(past events) /
 * when(command) / then(new event or a named rejection).
 */
final class TaskFixture {

    static final TaskId TASK = new TaskId(new UUID(0, 1));
    static final TaskId OTHER = new TaskId(new UUID(0, 2));
    static final Instant T = Instant.parse("2026-11-27T00:00:00Z");

    static final GridCode COUNTY = new GridCode("141081000000");            // 侯马市
    static final GridCode STREET = new GridCode("141081001000");            // 路西街道
    static final GridCode COMMUNITY = new GridCode("141081001001");         // 秦村北社区
    static final GridCode GRID = new GridCode("141081001001001");           // 第一网格
    static final GridCode MICRO_GRID = new GridCode("141081001001001001");  // 1号楼

    static final StaffRef WANG = new StaffRef(new UUID(1, 1), "wang.fang", "王芳");    // grid worker
    static final StaffRef LI = new StaffRef(new UUID(1, 2), "li.qiang", "李强");       // grid chief, verifies
    static final StaffRef ZHAO = new StaffRef(new UUID(1, 3), null, "赵敏");           // community office, no login

    static final TaskType PATROL = TaskType.byCode("patrol").orElseThrow();
    static final TaskType INCIDENT = TaskType.byCode("incident").orElseThrow();
    static final Instant DUE = T.plus(Duration.ofDays(1));

    static final TaskCreated CREATED = createdOn(GRID);
    static final TaskAssigned ASSIGNED = new TaskAssigned(TASK, GRID.value(), WANG, T.plusSeconds(60));
    static final TaskAccepted ACCEPTED = new TaskAccepted(TASK, GRID.value(), WANG, T.plusSeconds(120));
    static final TaskStarted STARTED = new TaskStarted(TASK, GRID.value(), WANG, T.plusSeconds(180));
    static final TaskCompleted COMPLETED = new TaskCompleted(TASK, GRID.value(), WANG, "消防通道已清理", "",
            List.of("photo-1"), T.plusSeconds(3600));
    static final TaskClosed CLOSED = new TaskClosed(TASK, GRID.value(), "patrol", WANG, true, LI, GRID.value(), true,
            T.plusSeconds(7200));

    private TaskFixture() {
    }

    /** A planned patrol (normal priority, due in a day) arising on {@code unit}. */
    static TaskCreated createdOn(GridCode unit) {
        return new TaskCreated(TASK, unit.value(), "patrol", "巡查1号楼消防通道", "", TaskSource.PLAN, Priority.NORMAL,
                null, null, DUE, Map.of());
    }

    static TaskEvent[] inProgress() {
        return new TaskEvent[] {CREATED, ASSIGNED, ACCEPTED, STARTED};
    }

    static TaskEvent[] completed() {
        return new TaskEvent[] {CREATED, ASSIGNED, ACCEPTED, STARTED, COMPLETED};
    }

    static TaskEvent[] closed() {
        return new TaskEvent[] {CREATED, ASSIGNED, ACCEPTED, STARTED, COMPLETED, CLOSED};
    }

    static TaskEvent[] plus(TaskEvent[] past, TaskEvent... more) {
        TaskEvent[] all = Arrays.copyOf(past, past.length + more.length);
        System.arraycopy(more, 0, all, past.length, more.length);
        return all;
    }

    static Scenario given(TaskEvent... past) {
        return new Scenario(Task.replay(List.of(past)));
    }

    record Scenario(Task task) {
        Outcome when(Function<Task, TaskEvent> command) {
            try {
                return new Outcome(task, command.apply(task), null);
            } catch (TaskRuleViolation e) {
                return new Outcome(task, null, e);
            }
        }
    }

    record Outcome(Task before, TaskEvent event, TaskRuleViolation rejection) {
        Outcome then(TaskEvent expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(event).isEqualTo(expected);
            return this;
        }

        void thenRejected(Rule rule, String field) {
            assertThat(rejection).as("expected rejection " + rule + " but got " + event).isNotNull();
            assertThat(rejection.rule()).isEqualTo(rule);
            assertThat(rejection.field()).isEqualTo(field);
        }

        /** The task once the new event is applied. */
        Task after() {
            assertThat(rejection).as("rejection").isNull();
            return before.evolve(event);
        }
    }
}
