package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.INCIDENT;
import static cn.wanggezhili.dispatch.domain.TaskFixture.PATROL;
import static cn.wanggezhili.dispatch.domain.TaskFixture.T;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;
import static cn.wanggezhili.dispatch.domain.TaskFixture.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A task arises: title, type attributes (Open311 style), priority and deadline. */
class TaskCreationTest {

    static final TaskType SURVEY = TaskType.byCode("survey").orElseThrow();
    static final TaskType COLLECTION = TaskType.byCode("information-collection").orElseThrow();
    static final TaskType RESIDENT_REPORT = TaskType.byCode("resident-report").orElseThrow();

    static TaskEvent incident(Map<String, String> attributes) {
        return Task.create(TASK, GRID, INCIDENT, "秸秆焚烧", null, TaskSource.FIELD_REPORT, null, WANG, null, attributes, T);
    }

    @Test
    void an_incident_defaults_to_high_priority_and_is_due_in_half_a_day() {
        given().when(t -> Task.create(TASK, GRID, INCIDENT, " 村东麦田秸秆焚烧 ", null, TaskSource.FIELD_REPORT, null, WANG,
                        null, Map.of("incident-kind", "秸秆焚烧", "location", ""), T))
                .then(new TaskCreated(TASK, GRID.value(), "incident", "村东麦田秸秆焚烧", "", TaskSource.FIELD_REPORT,
                        Priority.HIGH, WANG, null, T.plus(Duration.ofHours(12)), Map.of("incident-kind", "秸秆焚烧")));
    }

    @Test
    void a_given_priority_scales_the_deadline_of_the_type() {
        TaskCreated urgent = Task.create(TASK, GRID, PATROL, "防汛巡查", "", TaskSource.DISPATCH, Priority.URGENT, null, null, Map.of(), T);
        assertThat(urgent.priority()).isEqualTo(Priority.URGENT);
        assertThat(urgent.dueAt()).isEqualTo(T.plus(Duration.ofHours(6)));
        TaskCreated low = Task.create(TASK, GRID, TaskType.byCode("household-visit").orElseThrow(), "走访独居老人", "",
                TaskSource.PLAN, Priority.LOW, null, null, null, T);
        assertThat(low.dueAt()).isEqualTo(T.plus(Duration.ofDays(14)));
    }

    @Test
    void priorities_give_a_quarter_half_all_or_twice_the_type_deadline() {
        Duration day = Duration.ofDays(1);
        assertThat(Priority.URGENT.deadlineFor(day)).isEqualTo(Duration.ofHours(6));
        assertThat(Priority.HIGH.deadlineFor(day)).isEqualTo(Duration.ofHours(12));
        assertThat(Priority.NORMAL.deadlineFor(day)).isEqualTo(day);
        assertThat(Priority.LOW.deadlineFor(day)).isEqualTo(Duration.ofDays(2));
        assertThat(List.of(Priority.values())).extracting(Priority::nameZh).containsExactly("低", "普通", "高", "紧急");
    }

    @Test
    void a_resident_report_has_no_staff_reporter_and_keeps_the_contact_note_out_of_logs() {
        TaskCreated report = Task.create(TASK, GRID, RESIDENT_REPORT, "自来水主管道漏水", "三组路口", TaskSource.RESIDENT_REPORT,
                null, null, " 刘大爷，住村东 ", Map.of("topic", "供水"), T);
        assertThat(report.reporter()).isNull();
        assertThat(report.reporterNote()).isEqualTo("刘大爷，住村东");
        assertThat(report.dueAt()).isEqualTo(T.plus(Duration.ofDays(3)));
        assertThat(report.toString()).doesNotContain("刘大爷").doesNotContain("漏水");
        assertThat(WANG.toString()).doesNotContain("王芳").doesNotContain("wang.fang");
    }

    @Test
    void a_task_needs_a_title_of_at_most_200_characters() {
        given().when(t -> Task.create(TASK, GRID, PATROL, "  ", "", TaskSource.PLAN, null, null, null, Map.of(), T))
                .thenRejected(Rule.TITLE_REQUIRED, "title");
        given().when(t -> Task.create(TASK, GRID, PATROL, "巡".repeat(201), "", TaskSource.PLAN, null, null, null, Map.of(), T))
                .thenRejected(Rule.TITLE_REQUIRED, "title");
    }

    @Test
    void an_attribute_the_type_does_not_define_is_refused() {
        given().when(t -> incident(Map.of("incident-kind", "秸秆焚烧", "colour", "red")))
                .thenRejected(Rule.UNKNOWN_ATTRIBUTE, "attributes.colour");
    }

    @Test
    void a_required_attribute_must_be_given_and_a_blank_one_counts_as_missing() {
        given().when(t -> incident(Map.of())).thenRejected(Rule.MISSING_ATTRIBUTE, "attributes.incident-kind");
        given().when(t -> incident(Map.of("incident-kind", "  "))).thenRejected(Rule.MISSING_ATTRIBUTE, "attributes.incident-kind");
    }

    @Test
    void a_single_value_list_takes_only_one_of_its_values() {
        given().when(t -> incident(Map.of("incident-kind", "火灾")))
                .thenRejected(Rule.INVALID_ATTRIBUTE_VALUE, "attributes.incident-kind");
    }

    @Test
    void a_multi_value_list_takes_several_of_its_values_separated_by_commas() {
        TaskCreated survey = Task.create(TASK, GRID, SURVEY, "返乡人员摸排", "", TaskSource.DISPATCH, null, null, null,
                Map.of("subjects", "返乡人员, 出租房屋"), T);
        assertThat(survey.attributes()).containsEntry("subjects", "返乡人员,出租房屋");
        given().when(t -> Task.create(TASK, GRID, SURVEY, "摸排", "", TaskSource.DISPATCH, null, null, null,
                        Map.of("subjects", "返乡人员,外卖骑手"), T))
                .thenRejected(Rule.INVALID_ATTRIBUTE_VALUE, "attributes.subjects");
    }

    @Test
    void numbers_and_datetimes_must_parse() {
        TaskCreated collected = Task.create(TASK, GRID, COLLECTION, "流动人口信息采集", "", TaskSource.PLAN, null, null, null,
                Map.of("household-count", "12"), T);
        assertThat(collected.attributes()).containsEntry("household-count", "12");
        given().when(t -> Task.create(TASK, GRID, COLLECTION, "采集", "", TaskSource.PLAN, null, null, null,
                        Map.of("household-count", "十二"), T))
                .thenRejected(Rule.INVALID_ATTRIBUTE_VALUE, "attributes.household-count");
        assertThat(incident(Map.of("incident-kind", "其他", "occurred-at", "2026-11-27T07:30:00+08:00"))).isNotNull();
        given().when(t -> incident(Map.of("incident-kind", "其他", "occurred-at", "昨天晚上")))
                .thenRejected(Rule.INVALID_ATTRIBUTE_VALUE, "attributes.occurred-at");
    }

    @Test
    void the_catalogue_holds_the_six_kinds_of_field_work_with_chinese_and_english_names() {
        assertThat(TaskType.CATALOGUE).extracting(TaskType::code).containsExactly(
                "patrol", "household-visit", "survey", "information-collection", "incident", "resident-report");
        assertThat(TaskType.CATALOGUE).extracting(TaskType::nameZh).containsExactly("巡查", "入户走访", "摸排", "信息采集", "事件", "村民说事");
        assertThat(TaskType.CATALOGUE).allSatisfy(t -> assertThat(t.nameEn()).isNotBlank());
        assertThat(INCIDENT.defaultPriority()).isEqualTo(Priority.HIGH);
        assertThat(INCIDENT.attribute("incident-kind").orElseThrow().values())
                .containsExactly("秸秆焚烧", "安全隐患", "环境卫生", "矛盾纠纷", "其他");
        assertThat(TaskType.byCode("parade")).isEmpty();
    }

    @Test
    void a_task_type_refuses_a_malformed_code_a_blank_name_or_a_deadline_that_is_not_positive() {
        assertThatThrownBy(() -> new TaskType("Patrol", "巡查", "Patrol", Duration.ofDays(1), Priority.NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskType("patrol", " ", "Patrol", Duration.ofDays(1), Priority.NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskType("patrol", "巡查", "Patrol", Duration.ZERO, Priority.NORMAL, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskAttribute("kind", "enum", true, "类别", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskAttribute("kind", "singlevaluelist", true, "类别", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusals_of_the_current_state_are_conflicts_and_bad_requests_are_not() {
        assertThat(Rule.TASK_CLOSED.isConflict()).isTrue();
        assertThat(Rule.WRONG_STATUS.isConflict()).isTrue();
        assertThat(Rule.NOT_THE_OWNER.isConflict()).isTrue();
        assertThat(Rule.NOT_OVERDUE.isConflict()).isTrue();
        assertThat(Rule.TITLE_REQUIRED.isConflict()).isFalse();
        assertThat(Rule.INVALID_ATTRIBUTE_VALUE.isConflict()).isFalse();
        assertThat(Rule.ALREADY_ESCALATED_FROM_LEVEL.slug()).isEqualTo("already-escalated-from-level");
    }
}
