package cn.wanggezhili.readpolicy.suite;

import static cn.wanggezhili.readpolicy.EventAccess.anyone;
import static cn.wanggezhili.readpolicy.EventAccess.roles;
import static cn.wanggezhili.readpolicy.EventAccess.when;

import java.util.List;
import cn.wanggezhili.readpolicy.EventAccess.Holding;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.security.Role;

/**
 * Who reads the points store: a store's catalogue, anyone in scope; an account's ledger and its redemptions, its
 * holders and the staff who keep accounts (a grid worker only their own); the subject's name in full only to
 * duty-bound staff and holders, masked to integrators.
 */
public final class PointsReadPolicy {

    /** Staff who read accounts in their scope (everyone else, only accounts they hold). */
    public static final List<String> ACCOUNT_READERS = List.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF,
            Role.STORE_CLERK, Role.INTEGRATOR);

    /** Staff who see an account's subject by name (integrators have no duty towards households: masked). */
    public static final List<String> NAME_READERS = List.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF,
            Role.STORE_CLERK);

    private static final String PREFIX = "points-store.";

    private PointsReadPolicy() {
    }

    /**
     * @param holds true when the caller holds the account the event is on (its stream for ledger events, its
     *              {@code accountId} for redemptions); {@link Holding#NOBODY} where that is not known
     */
    public static EventReadPolicy events(Holding holds) {
        Holding fullName = Holding.roles(NAME_READERS).or(holds);
        String[] catalogue = SuiteTypes.of(PREFIX, "CatalogueItemListed", "CatalogueItemRestocked",
                "CatalogueItemWithdrawn", "StockReserved", "StockReleased");
        String[] redemptions = SuiteTypes.of(PREFIX, "RedemptionReserved", "RedemptionFulfilled", "RedemptionCancelled",
                "RedemptionLapsed");
        return EventReadPolicy.builder()
                .allow(anyone(), catalogue)
                // a store serves the units of its area: their residents and staff see its catalogue, holders their redemptions
                .alsoBelow(anyone(), catalogue)
                .alsoBelow(when(holds), redemptions)
                .allow(roles(ACCOUNT_READERS).or(when(holds)).maskingNames(fullName, "subjectName"),
                        SuiteTypes.of(PREFIX, "AccountOpened"))
                .allow(roles(ACCOUNT_READERS).or(when(holds)), SuiteTypes.of(PREFIX, "PointsCredited", "PointsDebited",
                        "PointsRefunded", "PointsExpired", "PointsAdjusted", "AccountHolderLinked"))
                .allow(roles(ACCOUNT_READERS).or(when(holds)), redemptions)
                .build();
    }
}
