package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.points.domain.ExpiryPolicy;

/** The store's configuration: how long a reservation holds, and which counties let points expire. */
@ApplicationScoped
public class StoreSettings {

    @ConfigProperty(name = "points-store.reservation-hold", defaultValue = "PT48H")
    Duration reservationHold;

    @ConfigProperty(name = "points-store.expiry")
    Optional<String> expiry;

    private ExpiryPolicy policy;

    public Duration reservationHold() {
        return reservationHold;
    }

    public ExpiryPolicy expiryPolicy() {
        if (policy == null) {
            policy = ExpiryPolicy.parse(expiry.orElse(""));
        }
        return policy;
    }
}
