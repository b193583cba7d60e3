package org.gridsuite.command.app;

import java.time.Instant;
import java.util.List;
import org.gridsuite.command.domain.CaseFigures;
import org.gridsuite.command.domain.GridLevels;
import org.gridsuite.command.domain.PointFigures;
import org.gridsuite.command.domain.TaskFigures;
import org.gridsuite.gridcode.GridCode;
import org.gridsuite.web.LocalPeriod;

/** Everything the dashboard shows for one subtree and period, as of {@code asOf}; {@code levels} names the levels. */
public record SuiteFigures(GridCode code, LocalPeriod period, Instant asOf, TaskFigures tasks, CaseFigures cases,
                           PointFigures points, long tenStarHouseholds, long activeStaff, List<StaffActivity> mostActive,
                           GridLevels levels) {

    /** One member of staff's steps on tasks in the period. */
    public record StaffActivity(String name, long actions) {
    }
}
