package cn.wanggezhili.scoring.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A subject's yearly rank within a grid subtree and the tier it sets in the points store (梯次化兑换激励). */
public record TierAssigned(SubjectType subjectType, String subjectId, String code, int year, int rank, int rankedAmong,
                           String rankedWithin, int tier, int yearlyScore, Instant at) {

    /** The stream of one ranking (a subtree, year and subject type): ranking it again finds it. */
    public static UUID streamId(String rankedWithin, int year, SubjectType subjectType) {
        return UUID.nameUUIDFromBytes(("tiers:" + rankedWithin + ":" + year + ":" + subjectType).getBytes(StandardCharsets.UTF_8));
    }
}
