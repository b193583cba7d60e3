package cn.wanggezhili.mediation.domain;

import java.time.Duration;
import java.time.Instant;
import cn.wanggezhili.kernel.InvalidInput;

/**
 * When a step happened: now, or earlier when a paper ledger (台账) is entered afterwards. Never in the future
 * (a minute of clock skew allowed); the case itself refuses a step before its previous one.
 */
public final class StepTime {

    private static final Duration SKEW = Duration.ofMinutes(1);

    private StepTime() {
    }

    public static Instant of(Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(SKEW))) {
            // a date that can never be right, whatever the case's state: invalid input, not a rule of the case
            throw new InvalidInput("occurredAt", "a step cannot be recorded before it happens");
        }
        return occurredAt;
    }
}
