package cn.wanggezhili.dispatch.api.open311;

import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.security.Masking;
import cn.wanggezhili.web.Problem.FieldError;

/**
 * The contact an Open311 client may send with a request (first_name, last_name, phone, email). It is personal
 * data: it never reaches an event, a title or a log in full; the task keeps only {@link #maskedNote()}.
 */
record ReporterContact(String firstName, String lastName, String phone, String email) {

    static final ReporterContact NONE = new ReporterContact(null, null, null, null);

    ReporterContact {
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    /** What is wrong with the fields, naming them but never echoing their values. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (firstName != null && firstName.length() > 50) {
            errors.add(new FieldError("first_name", "at most 50 characters"));
        }
        if (lastName != null && lastName.length() > 50) {
            errors.add(new FieldError("last_name", "at most 50 characters"));
        }
        if (phone != null && !phone.matches("[0-9+\\- ()]{3,30}")) {
            errors.add(new FieldError("phone", "3 to 30 digits, spaces, +, -, ( or )"));
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            errors.add(new FieldError("email", "an e-mail address of at most 254 characters"));
        }
        return errors;
    }

    /** E.g. 经 Open311 提交；联系人 张*，电话 138****5678，邮箱 z***@example.com; null when no contact was given. */
    String maskedNote() {
        List<String> parts = new ArrayList<>();
        String name = fullName();
        if (name != null) {
            parts.add("联系人 " + Masking.name(name));
        }
        if (phone != null) {
            parts.add("电话 " + Masking.phone(phone.replaceAll("[^0-9+]", "")));
        }
        if (email != null) {
            int at = email.lastIndexOf('@');
            parts.add("邮箱 " + Masking.name(email.substring(0, at)) + email.substring(at));
        }
        return parts.isEmpty() ? null : "经 Open311 提交；" + String.join("，", parts);
    }

    /** Chinese names read family name first (last_name + first_name); Latin ones given name first. */
    private String fullName() {
        if (firstName == null || lastName == null) {
            return firstName == null ? lastName : firstName;
        }
        boolean latin = (firstName + lastName).chars().allMatch(c -> c < 0x3000);
        return latin ? firstName + " " + lastName : lastName + firstName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ReporterContact[" + (maskedNote() == null ? "none" : "given") + "]";
    }
}
