package cn.wanggezhili.dispatch.app;

import java.time.LocalDate;
import cn.wanggezhili.dispatch.domain.Cadence;
import cn.wanggezhili.gridcode.GridCode;

/** A new work plan on the subtree of {@code code}; {@code startsOn} null means today (local). */
public record CreatePlan(GridCode code, String typeCode, String titleZh, Cadence cadence, LocalDate startsOn) {
}
