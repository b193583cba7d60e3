package cn.wanggezhili.scoring.domain;

import java.time.Instant;

/** A household gains or loses one of the ten stars (十星级文明户; losing one is 摘星, and it can be re-earned). */
public sealed interface StarEvent {

    String householdId();

    String code();

    String star();

    String starName();

    int score();

    int threshold();

    java.time.Instant at();

    record StarAwarded(String householdId, String code, String star, String starName, int score, int threshold, Instant at)
            implements StarEvent {
    }

    record StarRevoked(String householdId, String code, String star, String starName, int score, int threshold, Instant at)
            implements StarEvent {
    }
}
