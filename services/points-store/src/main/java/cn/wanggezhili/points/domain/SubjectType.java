package cn.wanggezhili.points.domain;

/** Who holds an account: the subjects scoring settles points for (docs/event-contracts.md), plus residents. */
public enum SubjectType {
    HOUSEHOLD,
    GRID_WORKER,
    RESIDENT,
    PARTY_MEMBER,
    PARTY_ORGANISATION,
    VILLAGE_CADRE
}
