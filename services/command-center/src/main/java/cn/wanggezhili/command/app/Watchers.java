package cn.wanggezhili.command.app;

import java.util.List;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

/** Who watches the operations screens: staff at every level and integrators; residents use the services' own pages. */
public final class Watchers {

    public static final List<String> ROLES = List.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF,
            Role.GRID_WORKER, Role.SCORER, Role.REVIEWER, Role.MEDIATOR, Role.STORE_CLERK, Role.INTEGRATOR);

    private Watchers() {
    }

    public static void require(Caller caller) {
        GridScopeGuard.requireAnyRole(caller, ROLES);
    }
}
