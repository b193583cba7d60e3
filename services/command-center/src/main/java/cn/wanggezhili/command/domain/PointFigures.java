package cn.wanggezhili.command.domain;

/** Points credited by settlements in the period, and redeemed at the stores' counters (items exchanged). */
public record PointFigures(long credited, long redeemed, long redemptions, long items) {
}
