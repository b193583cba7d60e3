package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.dispatch.domain.Escalation;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskEscalated;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.gridcode.GridCode;

/**
 * Escalates one overdue task up the grid (grid → community → township → county) to the nearest level with staff to
 * take it (levels with nobody are skipped).
 * Several instances may try at once: the task's version lets one append, the others get a conflict; one that
 * loads the task afterwards finds it no longer overdue. So each level escalates once.
 */
@ApplicationScoped
public class EscalationHandler {

    @Inject
    TaskTypes taskTypes;

    @Inject
    Tasks tasks;

    @Inject
    StaffDirectory staff;

    @Transactional
    public Optional<TaskEscalated> escalateIfOverdue(TaskId id) {
        Task task = tasks.task(id);
        Instant now = tasks.now();
        Optional<GridCode> parent = task.code().parent();
        if (!task.isOpen() || !task.isOverdue(now) || parent.isEmpty() || task.code().depth() <= GridCode.COUNTY_DEPTH) {
            return Optional.empty();
        }
        TaskType type = taskTypes.byCode(task.typeCode()).orElseThrow();
        // the nearest level above with someone to take the task; with nobody anywhere, the level just above
        GridCode target = parent.get();
        StaffRef taker = null;
        for (Optional<GridCode> level = parent; level.isPresent() && level.get().depth() >= GridCode.COUNTY_DEPTH;
             level = level.get().parent()) {
            Optional<StaffRef> found = staff.escalationTakerAt(level.get());
            if (found.isPresent()) {
                target = level.get();
                taker = found.get();
                break;
            }
        }
        TaskEscalated escalated = task.escalate(target, taker, Escalation.nextDeadline(task.priority(), type.defaultDeadline()), now);
        tasks.append(task, List.of(escalated));
        return Optional.of(escalated);
    }
}
