package cn.wanggezhili.points.app;

import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;

import java.util.List;

import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

/**
 * Who may see and spend an account (reading as the suite's read policy declares it, {@code PointsReadPolicy}, which
 * the live stream applies too). Its holders (the household's residents, the grid worker themselves) always may;
 * store and grid staff may within their grid scope; anyone else is told the account does not exist, so that a
 * resident cannot even learn which other accounts there are.
 */
public final class AccountAccess {

    static final List<String> READERS = PointsReadPolicy.ACCOUNT_READERS;
    static final String[] SPENDERS = {Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF, Role.STORE_CLERK};

    private AccountAccess() {
    }

    public static void requireRead(Caller caller, String accountId, String code, boolean holder) {
        require(caller, accountId, code, holder, READERS.toArray(String[]::new));
    }

    public static void requireSpend(Caller caller, String accountId, String code, boolean holder) {
        require(caller, accountId, code, holder, SPENDERS);
    }

    /** Staff may read accounts: everyone else sees only the accounts they hold. */
    public static boolean isStaffReader(Caller caller) {
        return caller.hasAnyRole(READERS);
    }

    private static void require(Caller caller, String accountId, String code, boolean holder, String... staffRoles) {
        if (holder) {
            return;
        }
        if (caller.hasAnyRole(staffRoles)) {
            GridScopeGuard.requireCovers(caller, new GridCode(code));
            return;
        }
        if (caller.hasAnyRole(READERS)) {
            GridScopeGuard.requireAnyRole(caller, staffRoles);
        }
        throw new NotFound("account", accountId);
    }
}
