package cn.wanggezhili.command.domain;

/** A share of a whole, rounded to 4 places for display; null when there is no whole to share. */
final class Shares {

    private Shares() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
