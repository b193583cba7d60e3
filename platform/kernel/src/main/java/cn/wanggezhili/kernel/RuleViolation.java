package cn.wanggezhili.kernel;

/**
 * A command a domain's rules refuse, by name. Each domain lists its rules (an enum implementing {@link Rule});
 * platform/web turns every violation into problem+json: type {@code …/problems/<slug>}, 409 when the command
 * conflicts with the current state, 422 when it could never succeed, and the request field at fault.
 */
public class RuleViolation extends RuntimeException {

    /** A named rule: its problem slug follows from the enum constant (UNIT_RETIRED → unit-retired). */
    public interface Rule {

        String name();

        /** A conflict with current state (409) rather than a request that can never succeed (422). */
        boolean isConflict();

        default String slug() {
            return name().toLowerCase().replace('_', '-');
        }

        /** A title of the rule's own, Chinese first then English ("中文 / English"); none: the title of its kind. */
        default String title() {
            return null;
        }
    }

    private final transient Rule rule;
    private final String field;

    public RuleViolation(Rule rule, String field, String message) {
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
