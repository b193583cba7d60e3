package cn.wanggezhili.dispatch.app;

import cn.wanggezhili.security.Role;

/** Who may take which steps of a task or plan. */
final class DispatchRoles {

    /** Staff working tasks: the owner's own steps and handovers. */
    static final String[] STAFF = {Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Who verifies, sends back, cancels and merges tasks, and sets and stops plans. */
    static final String[] SUPERVISORS = {Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    private DispatchRoles() {
    }
}
