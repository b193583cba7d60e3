package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer activity (爱心超市+健康银行) on a unit's ground: when, what, how long, which households took part and
 * the evidence; {@code code} is the unit's grid code. Indicators whose trigger names this event type score each
 * participating household once.
 */
public record VolunteerActivityRecorded(UUID activityId, String code, LocalDate date, String titleZh, double hours,
                                        List<UUID> householdIds, List<String> evidence, Actor recordedBy, Instant at) {

    public VolunteerActivityRecorded {
        householdIds = List.copyOf(householdIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
