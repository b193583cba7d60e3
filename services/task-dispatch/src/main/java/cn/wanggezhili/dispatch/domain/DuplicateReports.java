package cn.wanggezhili.dispatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;

/**
 * One-stop acceptance (一站受理) means one matter, one task: when several people report the same straw fire or the
 * same leaking main on a micro-grid, the later reports are flagged as likely duplicates of the most recent open
 * task of the same type there, for staff to merge. Planned work (patrols, visits, surveys) is never a duplicate.
 */
public final class DuplicateReports {

    public static final Set<String> CHECKED_TYPES = Set.of("incident", "resident-report");

    private DuplicateReports() {
    }

    /** Whether reports of this type are checked for duplicates at all (no need to look for candidates otherwise). */
    public static boolean checks(String typeCode) {
        return CHECKED_TYPES.contains(typeCode);
    }

    public static Optional<TaskId> likelyDuplicate(String typeCode, GridCode unit, Instant reportedAt, Duration window,
                                                   List<OpenTaskSummary> openTasks) {
        return likelyDuplicate(typeCode, unit, reportedAt, window, openTasks, CHECKED_TYPES);
    }

    /**
     * The most recent of {@code openTasks} (all open, the new report not among them) of the same type on the same
     * unit created within {@code window} before {@code reportedAt}. Tasks created after the report do not count, so
     * two reports never point at each other.
     */
    public static Optional<TaskId> likelyDuplicate(String typeCode, GridCode unit, Instant reportedAt, Duration window,
                                                   List<OpenTaskSummary> openTasks, Set<String> checkedTypes) {
        if (!checkedTypes.contains(typeCode)) {
            return Optional.empty();
        }
        Instant from = reportedAt.minus(window);
        return openTasks.stream()
                .filter(t -> t.typeCode().equals(typeCode) && t.code().equals(unit.value()))
                .filter(t -> !t.createdAt().isBefore(from) && !t.createdAt().isAfter(reportedAt))
                .max(Comparator.comparing(OpenTaskSummary::createdAt))
                .map(OpenTaskSummary::id);
    }
}
