package cn.wanggezhili.command.domain;

/**
 * Dispute cases of a subtree: {@code registered} and {@code concluded} (closed with an outcome other than withdrawn
 * or declined) in the period; {@code agreements} of them; {@code settledInGrid}: agreements reached at grid level.
 */
public record CaseFigures(long registered, long concluded, long agreements, long settledInGrid, Double averageDaysToClose,
                          double successTarget) {

    /** Agreements among concluded cases (the article's studio: 80%+). */
    public Double successRate() {
        return Shares.of(agreements, concluded);
    }

    public Boolean meetsTarget() {
        Double rate = successRate();
        return rate == null ? null : rate >= successTarget;
    }

    public Double settledInGridShare() {
        return Shares.of(settledInGrid, agreements);
    }
}
