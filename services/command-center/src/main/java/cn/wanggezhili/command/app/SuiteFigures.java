package cn.wanggezhili.command.app;

import java.time.Instant;
import java.util.List;
import cn.wanggezhili.command.domain.CaseFigures;
import cn.wanggezhili.command.domain.GridLevels;
import cn.wanggezhili.command.domain.PointFigures;
import cn.wanggezhili.command.domain.TaskFigures;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.web.LocalPeriod;

/** Everything the dashboard shows for one subtree and period, as of {@code asOf}; {@code levels} names the levels. */
public record SuiteFigures(GridCode code, LocalPeriod period, Instant asOf, TaskFigures tasks, CaseFigures cases,
                           PointFigures points, long tenStarHouseholds, long activeStaff, List<StaffActivity> mostActive,
                           GridLevels levels) {

    /** One member of staff's steps on tasks in the period. */
    public record StaffActivity(String name, long actions) {
    }
}
