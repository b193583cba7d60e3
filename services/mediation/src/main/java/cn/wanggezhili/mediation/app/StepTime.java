package cn.wanggezhili.mediation.app;

import java.time.Duration;
import java.time.Instant;
import cn.wanggezhili.web.ProblemException;

/**
 * When a step happened: now, or earlier when a paper ledger (台账) is entered afterwards. Never in the future
 * (a minute of clock skew allowed); the case itself refuses a step before its previous one.
 */
final class StepTime {

    private static final Duration SKEW = Duration.ofMinutes(1);

    private StepTime() {
    }

    static Instant of(Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(SKEW))) {
            throw ProblemException.badField("occurredAt", "a step cannot be recorded before it happens");
        }
        return occurredAt;
    }
}
