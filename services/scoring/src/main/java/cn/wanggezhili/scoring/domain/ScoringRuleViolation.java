package cn.wanggezhili.scoring.domain;

import cn.wanggezhili.kernel.RuleViolation;

/** A command scoring's rules refuse: {@link Rule} names the rule, {@code field} the request field at fault. */
public final class ScoringRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        SCHEME_EMPTY(false),
        DUPLICATE_CODE(false),
        INVALID_STAR(false),
        UNKNOWN_INDICATOR(false),
        WRONG_SUBJECT_TYPE(false),
        SELF_SCORING(false),
        EVIDENCE_REQUIRED(false),
        CAP_EXCEEDED(true),
        PERIOD_SETTLED(true),
        NOT_PENDING(true),
        REVIEWER_IS_SCORER(false),
        REVIEWER_IS_SUBJECT(false),
        REASON_REQUIRED(false),
        OBJECTION_WINDOW_CLOSED(true),
        ENTRY_NOT_ON_NOTICE(false),
        ENTRY_NOT_APPROVED(true),
        OBJECTION_ALREADY_RESOLVED(true),
        POINTS_REQUIRED(false),
        QUARTER_NOT_OVER(true),
        NOTICE_REQUIRED(true),
        OBJECTION_WINDOW_OPEN(true),
        OBJECTIONS_OPEN(true),
        NOTICE_ALREADY_PUBLISHED(true),
        INVALID_WINDOW(false),
        DATE_IN_FUTURE(false),
        DUPLICATE_HOUSEHOLD(false),
        HOUSEHOLD_OUTSIDE_UNIT(false);

        private final boolean conflict;

        Rule(boolean conflict) {
            this.conflict = conflict;
        }

        @Override
        public boolean isConflict() {
            return conflict;
        }
    }

    public ScoringRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
