package cn.wanggezhili.web;

import cn.wanggezhili.gridcode.GridCode;

/** Grid codes from requests: a malformed one is a 400 naming the field, never a 500 or a silent miss. */
public final class GridCodes {

    private GridCodes() {
    }

    public static GridCode parse(String value, String field) {
        return GridCode.parse(value).orElseThrow(() -> ProblemException.badField(field,
                "not a grid code: 12-digit statistical division code, then 3 digits per level below the village"));
    }

    public static GridCode parseOptional(String value, String field) {
        return value == null || value.isBlank() ? null : parse(value, field);
    }
}
