package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.UUID;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.readpolicy.EventAccess;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;
import cn.wanggezhili.security.Caller;

/**
 * The read policy this service's live stream applies per event type; REST reads by the same declarations
 * ({@link AccountAccess}). Holders are looked up per event, for callers no staff role lets in (residents, grid workers).
 */
@ApplicationScoped
public class StreamReadPolicy {

    @Inject
    AccountQueries accounts;

    @Produces
    @ApplicationScoped
    EventReadPolicy policy() {
        return PointsReadPolicy.events(this::holds);
    }

    /** The caller holds the account of a ledger event (its stream) or of a redemption (its accountId). */
    boolean holds(Caller caller, StoredEvent event) {
        UUID account = PointsEvents.REDEMPTION.equals(event.streamType()) ? accountOf(event) : event.streamId();
        return account != null && accounts.holds(account, caller.username());
    }

    private static UUID accountOf(StoredEvent redemptionEvent) {
        String id = EventAccess.Json.text(redemptionEvent.payload(), "accountId");
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
