package cn.wanggezhili.mediation.domain;

import cn.wanggezhili.kernel.RuleViolation;

/** A command the case rules refuse; {@code field} names the request field at fault ({@code status}: the case's state). */
public final class CaseRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        TEXT_REQUIRED(false),
        PARTIES_REQUIRED(false),
        CASE_CLOSED(true),
        WRONG_STATUS(true),
        NO_MEDIATOR(true),
        MEDIATOR_ALREADY_ASSIGNED(true),
        NO_SESSION_HELD(true),
        UNKNOWN_SESSION(false),
        SESSION_ALREADY_HELD(true),
        ALL_PARTIES_MUST_SIGN(false),
        UNKNOWN_PARTY(false),
        NOT_A_HIGHER_LEVEL(false),
        NOT_A_REFERRAL_CHANNEL(false),
        ALREADY_REFERRED(true),
        BEFORE_PREVIOUS_STEP(false),
        CASE_STILL_OPEN(true),
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

    public CaseRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
