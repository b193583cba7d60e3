package cn.wanggezhili.mediation.domain;

/**
 * Where a case stands. Escalation and referral hand it to the receiving level as {@link #ACCEPTED}; a declined or
 * withdrawn case ends {@link #CLOSED} at once.
 */
public enum CaseStatus {
    REGISTERED("已登记"),
    ACCEPTED("已受理"),
    INVESTIGATING("调查核实中"),
    IN_MEDIATION("调解中"),
    AGREED("已达成协议"),
    FAILED("调解不成"),
    PERFORMANCE_CHECKED("已核查履行"),
    FOLLOWED_UP("已回访"),
    CLOSED("已结案");

    private final String nameZh;

    CaseStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
