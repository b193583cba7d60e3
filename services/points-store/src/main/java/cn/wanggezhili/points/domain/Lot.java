package cn.wanggezhili.points.domain;

import java.time.Instant;
import java.util.UUID;

/** Points from one credit still unspent; {@code expiresAt} null when the county lets points keep. */
public record Lot(UUID lotId, int remaining, Instant creditedAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    Lot minus(int points) {
        return new Lot(lotId, remaining - points, creditedAt, expiresAt);
    }
}
