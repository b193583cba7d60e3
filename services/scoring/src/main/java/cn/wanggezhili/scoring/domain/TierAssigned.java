package cn.wanggezhili.scoring.domain;

import java.time.Instant;

/** A subject's yearly rank within a grid subtree and the tier it sets in the points store (梯次化兑换激励). */
public record TierAssigned(SubjectType subjectType, String subjectId, String code, int year, int rank, int rankedAmong,
                           String rankedWithin, int tier, int yearlyScore, Instant at) {
}
