package cn.wanggezhili.scoring.domain;

/** How often a scheme's results are evaluated and published: monthly (grid workers, households) or quarterly (party). */
public enum Cadence {
    MONTHLY,
    QUARTERLY
}
