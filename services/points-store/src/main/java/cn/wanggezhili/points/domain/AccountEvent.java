package cn.wanggezhili.points.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account's ledger. Every event names the account's grid unit ({@code code}) so readers can scope it. Names of
 * subjects travel only in {@link AccountOpened}, and its {@link #toString} leaves them out.
 */
public sealed interface AccountEvent {

    AccountId accountId();

    String code();

    record AccountOpened(AccountId accountId, String code, SubjectType subjectType, String subjectId, String subjectName,
                         Instant at) implements AccountEvent {

        @Override
        public String toString() {
            return "AccountOpened[accountId=" + accountId + ", code=" + code + ", subjectType=" + subjectType + "]";
        }
    }

    /** A settlement's points, credited once; they form a lot spent oldest first and may expire. */
    record PointsCredited(AccountId accountId, String code, UUID settlementId, String quarter, int points,
                          Instant expiresAt, int balance, Instant at) implements AccountEvent {
    }

    /** Points held for a redemption, taken from the oldest lots first. */
    record PointsDebited(AccountId accountId, String code, UUID redemptionId, int points, List<LotPortion> portions,
                         int balance, Instant at) implements AccountEvent {
    }

    /** A cancelled or lapsed redemption's points, back into the lots they came from. */
    record PointsRefunded(AccountId accountId, String code, UUID redemptionId, int points, List<LotPortion> portions,
                          String reason, int balance, Instant at) implements AccountEvent {
    }

    record PointsExpired(AccountId accountId, String code, UUID lotId, int points, int balance, Instant at)
            implements AccountEvent {
    }

    /** An administrator's correction with its reason: positive adds a lot, negative takes from the oldest lots. */
    record PointsAdjusted(AccountId accountId, String code, UUID adjustmentId, int points, List<LotPortion> portions,
                          Instant expiresAt, String reason, String by, int balance, Instant at) implements AccountEvent {
    }

    /** A login (a resident of the household, the grid worker) may now see and spend this account. */
    record AccountHolderLinked(AccountId accountId, String code, String username, String by, Instant at)
            implements AccountEvent {
    }
}
