package cn.wanggezhili.kernel;

/**
 * A command's value that can never be right, named by its request field (a staff member who does not exist, a
 * date in the wrong order): platform/web answers 400 invalid-input with the field. A refusal because of the current
 * state is a domain's {@link RuleViolation} instead.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
