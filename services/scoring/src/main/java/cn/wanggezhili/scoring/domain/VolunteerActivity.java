package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;

/**
 * Recording a volunteer activity: it happened (not after today, not in a settled quarter), on the recorder's unit,
 * and every participant named once is a household of that unit.
 */
public final class VolunteerActivity {

    /** What a scorer asks to record; {@code participants} are the named households as the register knows them. */
    public record Record(UUID activityId, GridCode unit, LocalDate date, String titleZh, double hours, List<UUID> householdIds,
                         List<String> evidence, Actor recordedBy) {
    }

    private VolunteerActivity() {
    }

    public static VolunteerActivityRecorded record(Record cmd, Map<UUID, Subject> participants, LocalDate today, boolean settled,
                                                   Instant now) {
        if (cmd.date().isAfter(today)) {
            throw new ScoringRuleViolation(Rule.DATE_IN_FUTURE, "date", "活动日期不能晚于今天");
        }
        if (settled) {
            throw new ScoringRuleViolation(Rule.PERIOD_SETTLED, "date", "该季度已结算，不能再记录活动");
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID id : cmd.householdIds()) {
            if (!seen.add(id)) {
                throw new ScoringRuleViolation(Rule.DUPLICATE_HOUSEHOLD, "householdIds", "农户 " + id + " 重复");
            }
            Subject household = participants.get(id);
            if (household.type() != SubjectType.HOUSEHOLD) {
                throw new ScoringRuleViolation(Rule.WRONG_SUBJECT_TYPE, "householdIds", id + " 不是农户");
            }
            if (!cmd.unit().contains(new GridCode(household.code()))) {
                throw new ScoringRuleViolation(Rule.HOUSEHOLD_OUTSIDE_UNIT, "householdIds", "农户 " + id + " 不在活动所在单位");
            }
        }
        return new VolunteerActivityRecorded(cmd.activityId(), cmd.unit().value(), cmd.date(), cmd.titleZh(), cmd.hours(),
                cmd.householdIds(), cmd.evidence(), cmd.recordedBy(), now);
    }
}
