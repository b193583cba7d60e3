package cn.wanggezhili.command.app;

import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

/** Who watches the operations screens: staff at every level and integrators; residents use the services' own pages. */
public final class Watchers {

    private Watchers() {
    }

    public static void require(Caller caller) {
        GridScopeGuard.requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF, Role.GRID_WORKER,
                Role.SCORER, Role.REVIEWER, Role.MEDIATOR, Role.STORE_CLERK, Role.INTEGRATOR);
    }
}
