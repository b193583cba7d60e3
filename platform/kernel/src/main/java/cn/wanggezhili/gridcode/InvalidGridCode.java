package cn.wanggezhili.gridcode;

/** Text that is not a unified grid code. */
public class InvalidGridCode extends IllegalArgumentException {

    public InvalidGridCode(String value) {
        super("not a grid code: " + value
                + " (12-digit statistical division code, then 3 digits per level below the village, segments 001-999)");
    }
}
