package cn.wanggezhili.security;

import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/**
 * The one check every endpoint makes on the object it touches: may this caller act on grid unit X?
 * It is called with the unit of the loaded object (a task's, a household's), not with what the URL claims.
 */
public final class GridScopeGuard {

    private GridScopeGuard() {
    }

    public static void requireCovers(Caller caller, GridCode unit) {
        requireCovers(caller, unit, "grid unit");
    }

    /** As above, naming what sits on the unit, e.g. {@code the store}. */
    public static void requireCovers(Caller caller, GridCode unit, String what) {
        if (!caller.covers(unit)) {
            throw new ProblemException(ProblemType.OUTSIDE_GRID_SCOPE, what + " " + unit + " is outside your grid scope");
        }
    }

    public static void requireAnyRole(Caller caller, java.util.List<String> roles) {
        requireAnyRole(caller, roles.toArray(String[]::new));
    }

    public static void requireAnyRole(Caller caller, String... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "requires one of the roles " + String.join(", ", roles));
        }
    }
}
