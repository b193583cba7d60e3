package cn.wanggezhili.mediation.domain;

public enum PartyKind {
    RESIDENT,
    ORGANISATION
}
