package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.domain.ScoringFixture.HOUSEHOLD;
import static cn.wanggezhili.scoring.domain.ScoringFixture.SCORER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;
import static cn.wanggezhili.scoring.domain.ScoringFixture.WORKER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.thenRejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** Recording a volunteer activity; and the trigger that scores every household of its list. */
class VolunteerActivityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final GridCode VILLAGE = new GridCode("141081001001");
    static final Subject NEIGHBOUR = new Subject(SubjectType.HOUSEHOLD, new UUID(3, 2), "1号楼102户", "141081001001001001", null);
    static final Subject ELSEWHERE = new Subject(SubjectType.HOUSEHOLD, new UUID(3, 3), "东1户", "141081001002001001", null);
    static final Map<UUID, Subject> KNOWN = Map.of(HOUSEHOLD.id(), HOUSEHOLD, NEIGHBOUR.id(), NEIGHBOUR, ELSEWHERE.id(), ELSEWHERE,
            WORKER.id(), WORKER);

    static VolunteerActivity.Record activity(LocalDate date, UUID... households) {
        return new VolunteerActivity.Record(new UUID(9, 1), VILLAGE, date, "清扫村道", 2.5, List.of(households), List.of("photo-1"), SCORER);
    }

    @Test
    void an_activity_of_the_units_households_is_recorded_with_its_participants() {
        VolunteerActivityRecorded e = VolunteerActivity.record(activity(TODAY.minusDays(3), HOUSEHOLD.id(), NEIGHBOUR.id()), KNOWN, TODAY,
                false, T);
        assertThat(e.code()).isEqualTo("141081001001");
        assertThat(e.householdIds()).containsExactly(HOUSEHOLD.id(), NEIGHBOUR.id());
        assertThat(e.hours()).isEqualTo(2.5);
        assertThat(e.recordedBy()).isEqualTo(SCORER);
    }

    @Test
    void an_activity_after_today_or_in_a_settled_quarter_is_refused() {
        thenRejected(() -> VolunteerActivity.record(activity(TODAY.plusDays(1), HOUSEHOLD.id()), KNOWN, TODAY, false, T),
                Rule.DATE_IN_FUTURE, "date");
        thenRejected(() -> VolunteerActivity.record(activity(TODAY, HOUSEHOLD.id()), KNOWN, TODAY, true, T), Rule.PERIOD_SETTLED, "date");
    }

    @Test
    void each_participant_is_named_once_and_is_a_household_of_the_unit() {
        thenRejected(() -> VolunteerActivity.record(activity(TODAY, HOUSEHOLD.id(), HOUSEHOLD.id()), KNOWN, TODAY, false, T),
                Rule.DUPLICATE_HOUSEHOLD, "householdIds");
        thenRejected(() -> VolunteerActivity.record(activity(TODAY, WORKER.id()), KNOWN, TODAY, false, T),
                Rule.WRONG_SUBJECT_TYPE, "householdIds");
        thenRejected(() -> VolunteerActivity.record(activity(TODAY, HOUSEHOLD.id(), ELSEWHERE.id()), KNOWN, TODAY, false, T),
                Rule.HOUSEHOLD_OUTSIDE_UNIT, "householdIds");
    }

    @Test
    void a_trigger_ending_in_a_star_scores_every_subject_of_the_list_and_each_once() {
        Trigger each = new Trigger("scoring.VolunteerActivityRecorded.v1", Map.of(), "householdIds.*");
        Map<String, String> payload = Map.of("householdIds.0", "a", "householdIds.1", "b");
        assertThat(each.eachOfList()).isTrue();
        assertThat(each.subjectIds(payload::get)).containsExactly("a", "b");
        assertThat(each.subjectIds(path -> null)).isEmpty();
        Trigger one = new Trigger("task-dispatch.TaskClosed.v1", Map.of(), "completedBy.staffId");
        assertThat(one.subjectIds(Map.of("completedBy.staffId", "w")::get)).containsExactly("w");
        UUID event = new UUID(7, 7);
        assertThat(EntryId.fromEvent(event, "ten-star-household", "public-good-1", "a"))
                .isEqualTo(EntryId.fromEvent(event, "ten-star-household", "public-good-1", "a"))
                .isNotEqualTo(EntryId.fromEvent(event, "ten-star-household", "public-good-1", "b"));
    }
}
