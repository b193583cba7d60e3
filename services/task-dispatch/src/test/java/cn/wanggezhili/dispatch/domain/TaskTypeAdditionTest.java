package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A county adds task types of its own; a code, built in or added, keeps its meaning for good. */
class TaskTypeAdditionTest {

    /** The built-in catalogue and one type the county added before. */
    static final TaskTypeCatalogue IN_USE = code -> TaskType.byCode(code).isPresent() || Set.of("river-patrol").contains(code);

    @Test
    void a_type_under_a_new_code_is_added() {
        TaskType wellCheck = type("well-check");
        assertThat(wellCheck.addTo(IN_USE)).isEqualTo(wellCheck);
    }

    @Test
    void a_code_in_use_is_never_redefined() {
        assertRefused(type("patrol"));
        assertRefused(type("river-patrol"));
    }

    private static TaskType type(String code) {
        return new TaskType(code, "水井检查", "Well check", Duration.ofDays(2), Priority.NORMAL, List.of());
    }

    private static void assertRefused(TaskType type) {
        assertThatThrownBy(() -> type.addTo(IN_USE)).isInstanceOfSatisfying(TaskRuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(Rule.TASK_TYPE_EXISTS);
            assertThat(e.rule().isConflict()).isTrue();
            assertThat(e.field()).isEqualTo("code");
            assertThat(e.getMessage()).isEqualTo("task type " + type.code() + " exists");
        });
    }
}
