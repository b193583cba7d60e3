package cn.wanggezhili.dispatch.domain;

import cn.wanggezhili.kernel.RuleViolation;

/**
 * A command the task rules refuse; {@link Rule} names the rule, {@code field} the request field at fault
 * ({@code status} when the task's current state, not the request, stands in the way).
 */
public final class TaskRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        TITLE_REQUIRED(false),
        UNKNOWN_ATTRIBUTE(false),
        MISSING_ATTRIBUTE(false),
        INVALID_ATTRIBUTE_VALUE(false),
        RESULT_REQUIRED(false),
        REASON_REQUIRED(false),
        TASK_CLOSED(true),
        TASK_CANCELLED(true),
        WRONG_STATUS(true),
        NOT_THE_OWNER(true),
        SAME_OWNER(true),
        VERIFIER_IS_OWNER(true),
        NOT_OVERDUE(true),
        ALREADY_ESCALATED_FROM_LEVEL(true),
        TOP_LEVEL_REACHED(true),
        NOT_AN_ANCESTOR(false),
        NOT_A_DUPLICATE_CANDIDATE(false),
        MERGE_INTO_SELF(false),
        NOT_ON_UNIT(true),
        TASK_TYPE_EXISTS(true, "任务类型编码已存在 / Task type code already in use");

        private final boolean conflict;
        private final String title;

        Rule(boolean conflict) {
            this(conflict, null);
        }

        Rule(boolean conflict, String title) {
            this.conflict = conflict;
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public boolean isConflict() {
            return conflict;
        }
    }

    public TaskRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
