package cn.wanggezhili.points.domain;

/** 集中兑换+随时兑换: a scheduled collective exchange day, or any time the store is open. */
public enum ExchangeMode {
    EXCHANGE_DAY,
    ANYTIME
}
