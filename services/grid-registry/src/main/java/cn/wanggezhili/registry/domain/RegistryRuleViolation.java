package cn.wanggezhili.registry.domain;

import cn.wanggezhili.kernel.RuleViolation;

/** A command the registry's rules refuse; {@link Rule} names the rule, {@code field} the request field at fault. */
public final class RegistryRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        NAME_REQUIRED(false),
        PARENT_RETIRED(true),
        UNIT_RETIRED(true),
        NOT_ONE_LEVEL_BELOW(false),
        BELOW_LOWEST_LEVEL(false),
        KIND_DOES_NOT_FIT_LEVEL(false),
        SEGMENT_OUT_OF_RANGE(false),
        CODE_ALREADY_ISSUED(true),
        CODES_EXHAUSTED(true),
        SAME_NAME(true),
        SAME_PARENT(true),
        MOVE_INTO_OWN_SUBTREE(false),
        UNIT_NOT_EMPTY(true),
        NOT_SAME_LEVEL(false),
        ALREADY_ASSIGNED(true),
        ASSIGNMENT_NOT_ACTIVE(true),
        HOUSEHOLDS_ON_LOWEST_LEVEL_ONLY(false),
        HOUSEHOLD_NUMBER_TAKEN(true),
        ID_NUMBER_ALREADY_REGISTERED(true),
        SAME_UNIT(true),
        PERSONAL_DATA_ERASED(true);

        private final boolean conflict;

        Rule(boolean conflict) {
            this.conflict = conflict;
        }

        @Override
        public boolean isConflict() {
            return conflict;
        }
    }

    public RegistryRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
