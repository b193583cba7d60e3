package cn.wanggezhili.points.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.Inbox;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.points.app.CreditSettlementWork;
import cn.wanggezhili.points.app.TierBook;
import cn.wanggezhili.points.domain.SettlementCredit;
import cn.wanggezhili.points.domain.SubjectType;

/**
 * Scoring's settlements and yearly tiers from scoring.events (docs/event-contracts.md): a settlement is noted in the
 * inbox for {@link CreditSettlementWork} to credit to the subject's account (the append may not follow this
 * transaction's writes of its position, ADR 0001 and 0008); a tier decides what the subject may redeem and at what
 * discount. Other types are skipped.
 */
@ApplicationScoped
public class ScoringEventsConsumer implements Subscription {

    static final String POINTS_CREDITED = "scoring.PointsCredited.v1";
    static final String TIER_ASSIGNED = "scoring.TierAssigned.v1";

    @Inject
    TierBook tiers;

    @Override
    public String consumerName() {
        return "points-store.scoring";
    }

    @Override
    public List<String> topics() {
        return List.of("scoring.events");
    }

    @Override
    public boolean wants(String eventType) {
        return POINTS_CREDITED.equals(eventType) || TIER_ASSIGNED.equals(eventType);
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        if (POINTS_CREDITED.equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            int points = p.integer("points");
            if (points <= 0) {
                throw new IllegalArgumentException("a settlement credits a positive number of points, not " + points);
            }
            SettlementCredit credit = new SettlementCredit(UUID.fromString(required(p, "settlementId")),
                    SubjectType.valueOf(required(p, "subjectType")), required(p, "subjectId"), p.text("subjectName"),
                    required(p, "code"), p.text("quarter"), points);
            Inbox.note(c, CreditSettlementWork.INBOX, CreditSettlementWork.key(credit), CreditSettlementWork.payload(credit));
        } else if (TIER_ASSIGNED.equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            tiers.record(c, SubjectType.valueOf(required(p, "subjectType")), required(p, "subjectId"), required(p, "code"),
                    p.integer("year"), p.integer("tier"), p.has("rank") ? p.integer("rank") : null,
                    p.has("rankedAmong") ? p.integer("rankedAmong") : null);
        }
    }

    /** A field the contract promises; without it the event goes to the dead letters, named. */
    private static String required(JsonPayload payload, String field) {
        String value = payload.text(field);
        if (value == null) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value;
    }
}
