package org.gridsuite.dispatch.app;

import java.time.LocalDate;
import org.gridsuite.dispatch.domain.Cadence;
import org.gridsuite.gridcode.GridCode;

/** A new work plan on the subtree of {@code code}; {@code startsOn} null means today (local). */
public record CreatePlan(GridCode code, String typeCode, String titleZh, Cadence cadence, LocalDate startsOn) {
}
