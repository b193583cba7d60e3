package cn.wanggezhili.kernel;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters of the code's alphabet
 * and a check character computed from them. An organisation that is a party gives it where a person gives an ID number.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        String code = value.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return false;
            }
            sum += digit * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }
}
