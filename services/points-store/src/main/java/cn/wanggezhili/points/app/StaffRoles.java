package cn.wanggezhili.points.app;

import cn.wanggezhili.security.Role;

/** Which staff may do what in the points store (account holders act on their own accounts apart from these). */
final class StaffRoles {

    /** Keep a store's catalogue: list, restock and withdraw items. */
    static final String[] CATALOGUE_KEEPERS = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    /** Serve the counter: fulfil reservations and see a store's redemptions. */
    static final String[] COUNTER = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    /** Link the logins that hold an account. */
    static final String[] HOLDER_LINKERS = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    /** Correct a balance, with a reason. */
    static final String[] ADMINISTRATORS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    private StaffRoles() {
    }
}
