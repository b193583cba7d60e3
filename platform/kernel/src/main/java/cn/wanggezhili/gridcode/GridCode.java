package cn.wanggezhili.gridcode;

import java.util.Optional;

/**
 * A unified grid code (统一网格编码): the 12-digit statistical division code (统计用区划代码: province 2, city 2,
 * county 2, township 3, village/community 3 digits) for the first levels, then 3 digits for each level below
 * the village (grid, micro-grid, ...). Houma is 141081000000, a street office under it 141081001000, a community
 * 141081001001, a grid 141081001001001, a micro-grid 141081001001001001.
 * <p>
 * A code's <em>subtree prefix</em> is the code without the zero segments of levels it does not reach; a unit lies in
 * another's subtree exactly when its code starts with that prefix.
 */
public record GridCode(String value) implements Comparable<GridCode> {

    public static final int DIVISION_DIGITS = 12;
    public static final int SEGMENT_DIGITS = 3;

    public GridCode {
        if (value == null || !isWellFormed(value)) {
            throw new InvalidGridCode(value);
        }
    }

    public static boolean isWellFormed(String v) {
        if (v == null || v.length() < DIVISION_DIGITS || (v.length() - DIVISION_DIGITS) % SEGMENT_DIGITS != 0
                || !v.chars().allMatch(c -> c >= '0' && c <= '9') || v.startsWith("00")) {
            return false;
        }
        boolean townshipZero = v.startsWith("000", 6);
        boolean villageZero = v.startsWith("000", 9);
        if (townshipZero && !villageZero) {
            return false;
        }
        if (v.length() > DIVISION_DIGITS && villageZero) {
            return false; // grids are numbered below a village or community
        }
        for (int i = DIVISION_DIGITS; i < v.length(); i += SEGMENT_DIGITS) {
            if (v.startsWith("000", i)) {
                return false; // grid segments run 001-999
            }
        }
        return true;
    }

    public static Optional<GridCode> parse(String value) {
        return value != null && isWellFormed(value) ? Optional.of(new GridCode(value)) : Optional.empty();
    }

    /** Significant digits: the division part without trailing zero segments, plus every grid segment. */
    public String subtreePrefix() {
        if (value.length() > DIVISION_DIGITS) {
            return value;
        }
        String prefix = value;
        // village (3), township (3), then county, city (2 each)
        for (int width : new int[] {3, 3, 2, 2}) {
            String tail = prefix.substring(prefix.length() - width);
            if (!tail.chars().allMatch(c -> c == '0') || prefix.length() - width < 2) {
                break;
            }
            prefix = prefix.substring(0, prefix.length() - width);
        }
        return prefix;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(GridCode other) {
        return other.value.startsWith(subtreePrefix());
    }

    /** The depth of a county's code (province 1, city 2): the top of a county's grid. */
    public static final int COUNTY_DEPTH = 3;

    /** True for a county's own code (e.g. 141081000000, 侯马市). */
    public boolean isCounty() {
        return depth() == COUNTY_DEPTH;
    }

    /** The level of the unit in its county's grid: county 1, township 2, village 3, ...; 0 or less above a county. */
    public int countyLevel() {
        return depth() - COUNTY_DEPTH + 1;
    }

    /** How many levels below the province the code reaches: county 3 (province 1, city 2), township 4, ... */
    public int depth() {
        String prefix = subtreePrefix();
        if (prefix.length() > DIVISION_DIGITS) {
            return 5 + (prefix.length() - DIVISION_DIGITS) / SEGMENT_DIGITS;
        }
        return switch (prefix.length()) {
            case 2 -> 1;
            case 4 -> 2;
            case 6 -> 3;
            case 9 -> 4;
            default -> 5; // 12: village or community
        };
    }

    /** The code of the unit one level up, if this is not a province. */
    public Optional<GridCode> parent() {
        String prefix = subtreePrefix();
        if (prefix.length() > DIVISION_DIGITS) {
            return Optional.of(new GridCode(prefix.substring(0, prefix.length() - SEGMENT_DIGITS)));
        }
        int parentLength = switch (prefix.length()) {
            case 12 -> 9;
            case 9 -> 6;
            case 6 -> 4;
            case 4 -> 2;
            default -> 0;
        };
        if (parentLength == 0) {
            return Optional.empty();
        }
        return Optional.of(new GridCode(padToDivision(prefix.substring(0, parentLength))));
    }

    /** This code and every code above it, nearest first: the chain a unit's coverage and routing look along. */
    public java.util.List<GridCode> withAncestors() {
        java.util.List<GridCode> chain = new java.util.ArrayList<>();
        for (Optional<GridCode> code = Optional.of(this); code.isPresent(); code = code.get().parent()) {
            chain.add(code.get());
        }
        return java.util.List.copyOf(chain);
    }

    /** The code of a child with the given segment (1..999) one level below this unit. */
    public GridCode child(int segment) {
        if (segment < 1 || segment > 999) {
            throw new IllegalArgumentException("segment out of range 1..999: " + segment);
        }
        String prefix = subtreePrefix();
        String digits = "%03d".formatted(segment);
        if (prefix.length() >= DIVISION_DIGITS) {
            return new GridCode(prefix + digits);
        }
        if (prefix.length() < 6) {
            throw new IllegalArgumentException("children of provinces and cities are not numbered here: " + value);
        }
        return new GridCode(padToDivision(prefix + digits));
    }

    /** The segment by which this unit is numbered under its parent (the last significant 3 digits). */
    public int segment() {
        String prefix = subtreePrefix();
        return Integer.parseInt(prefix.substring(prefix.length() - (prefix.length() > 6 ? SEGMENT_DIGITS : 2)));
    }

    private static String padToDivision(String prefix) {
        return prefix + "0".repeat(DIVISION_DIGITS - prefix.length());
    }

    @Override
    public int compareTo(GridCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
