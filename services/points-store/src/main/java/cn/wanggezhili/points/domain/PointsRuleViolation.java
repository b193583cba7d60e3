package cn.wanggezhili.points.domain;

import cn.wanggezhili.kernel.RuleViolation;

/** A command the points store's rules refuse; {@link Rule} names the rule, {@code field} the request field at fault. */
public final class PointsRuleViolation extends RuleViolation {

    public enum Rule implements RuleViolation.Rule {
        INSUFFICIENT_POINTS(true),
        INSUFFICIENT_STOCK(true),
        TIER_NOT_ELIGIBLE(false),
        ITEM_WITHDRAWN(true),
        NOT_RESERVED(true),
        NOT_YET_LAPSED(true),
        REASON_REQUIRED(false),
        INVALID_QUANTITY(false),
        INVALID_PRICE(false),
        INVALID_DISCOUNT(false),
        NAME_REQUIRED(false),
        ZERO_ADJUSTMENT(false),
        OUTSIDE_STORE_AREA(false);

        private final boolean conflict;

        Rule(boolean conflict) {
            this.conflict = conflict;
        }

        @Override
        public boolean isConflict() {
            return conflict;
        }
    }

    public PointsRuleViolation(Rule rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public Rule rule() {
        return (Rule) super.rule();
    }
}
