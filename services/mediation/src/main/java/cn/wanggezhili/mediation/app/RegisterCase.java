package cn.wanggezhili.mediation.app;

import java.time.Instant;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.DisputeType;

/** Open a case at the desk (WALK_IN) or on another body's referral (REFERRAL, naming {@code referringBody}). */
public record RegisterCase(GridCode unitCode, DisputeType disputeType, CaseSource source, String referringBody, String title,
                           String description, List<NewParty> parties, List<String> evidence, Instant occurredAt) {
}
