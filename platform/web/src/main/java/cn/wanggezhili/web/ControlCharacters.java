package cn.wanggezhili.web;

/**
 * Text a caller sends must not hold control characters: Postgres refuses NUL in text and JSON (a 500 that echoed part
 * of the payload into its log), and the others only hide content from the people who read it later. Line breaks and
 * tabs are allowed in free text (descriptions, minutes), nowhere else.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "contains a control character (such as NUL); send plain text";

    private ControlCharacters() {
    }

    /** True when {@code value} holds a control character other than tab, line feed or carriage return. */
    public static boolean inText(String value) {
        return value != null && value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
    }

    /** True when {@code value} holds any control character (for ids, codes, headers and parameters). */
    public static boolean inToken(String value) {
        return value != null && value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** A 400 naming {@code field} when free text {@code value} holds a control character. */
    public static void refuseInText(String field, String value) {
        if (inText(value)) {
            throw ProblemException.badField(field, MESSAGE);
        }
    }
}
