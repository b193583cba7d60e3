package cn.wanggezhili.kernel;

/**
 * A resident identity card number (GB 11643-1999): 17 digits and a check character (0-9 or X) computed from
 * them. Checking it catches typing errors at onboarding instead of storing a wrong number.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() == 18 && digits(value.substring(0, 17))
                && Character.toUpperCase(value.charAt(17)) == check(value);
    }

    private static char check(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean digits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
