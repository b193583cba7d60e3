package cn.wanggezhili.points.api;

import java.time.Instant;
import java.util.UUID;
import cn.wanggezhili.testing.TopicFeed;

/**
 * Plays scoring on its real topic: publishes its settlements (scoring.PointsCredited.v1) and yearly tiers
 * (scoring.TierAssigned.v1) with the payloads of docs/event-contracts.md.
 */
final class ScoringFeed implements AutoCloseable {

    private final TopicFeed scoring = new TopicFeed("scoring");

    /** A household's quarterly settlement, as the event of version {@code version} of scoring's settlement stream. */
    void settlement(UUID stream, int version, UUID settlementId, String householdId, String code, int points) {
        scoring.send(stream, "Settlement", "PointsCredited", version, UUID.randomUUID(), code, """
                {"settlementId":"%s","subjectType":"HOUSEHOLD","subjectId":"%s","subjectName":"王建国户","code":"%s",
                 "quarter":"2026-Q3","points":%d,"at":"%s"}
                """.formatted(settlementId, householdId, code, points, Instant.now()));
    }

    void tier(String householdId, String code, int year, int tier) {
        scoring.send(UUID.randomUUID(), "Ranking", "TierAssigned", 1, UUID.randomUUID(), code, """
                {"subjectType":"HOUSEHOLD","subjectId":"%s","code":"%s","year":%d,"rank":3,"rankedAmong":634,
                 "rankedWithin":"141081001001","tier":%d,"at":"%s"}
                """.formatted(householdId, code, year, tier, Instant.now()));
    }

    @Override
    public void close() {
        scoring.close();
    }
}
