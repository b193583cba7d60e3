package cn.wanggezhili.registry.app;

import java.util.Map;

/**
 * One data row of an onboarding CSV. Columns: {@code type} (unit, staff or household), {@code code} (the unit's
 * own code for a unit row, the unit the row belongs to otherwise), {@code parent_code}, {@code name} (unit or
 * staff name), {@code role}, {@code username}, {@code household_number}.
 */
public record OnboardingRow(long line, Map<String, String> values) {

    public static final String[] COLUMNS = {"type", "code", "parent_code", "name", "role", "username", "household_number"};

    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "OnboardingRow[line=" + line + ", type=" + get("type") + ", code=" + get("code") + "]";
    }
}
