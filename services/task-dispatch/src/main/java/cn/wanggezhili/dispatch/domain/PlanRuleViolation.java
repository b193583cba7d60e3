package cn.wanggezhili.dispatch.domain;

import cn.wanggezhili.kernel.RuleViolation;

/** A plan command the rules refuse; {@link Rule} names the rule, {@code field} the request field at fault. */
public final class PlanRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        PLAN_TITLE_REQUIRED(false),
        TYPE_NOT_PLANNABLE(false),
        PLAN_STOPPED(true),
        PLAN_NOT_STARTED(true),
        PERIOD_ALREADY_RUN(true),
        PLAN_NOT_ON_UNIT(true);

        private final boolean conflict;

        Rule(boolean conflict) {
            this.conflict = conflict;
        }

        @Override
        public boolean isConflict() {
            return conflict;
        }
    }

    public PlanRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
