package cn.wanggezhili.security;

/** How personal data shows to callers who do not need it in full (and in events, which every service reads). */
public final class Masking {

    private Masking() {
    }

    /** 141081199001011234 → 1410**********1234 */
    public static String idNumber(String value) {
        return keep(value, 4, 4);
    }

    /** 13812345678 → 138****5678 */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays, as on public notice boards. */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
