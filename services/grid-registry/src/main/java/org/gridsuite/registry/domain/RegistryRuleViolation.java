package org.gridsuite.registry.domain;

/**
 * A command the registry's rules refuse. {@link Rule} names the rule (a stable problem type for clients),
 * {@code field} the request field at fault, if one is.
 */
public final class RegistryRuleViolation extends RuntimeException {

    public enum Rule {
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
        SAME_UNIT(true);

        private final boolean conflict;

        Rule(boolean conflict) {
            this.conflict = conflict;
        }

        /** A conflict with current state (409) rather than a request that could never succeed (422). */
        public boolean isConflict() {
            return conflict;
        }

        public String slug() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final Rule rule;
    private final String field;

    public RegistryRuleViolation(Rule rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
