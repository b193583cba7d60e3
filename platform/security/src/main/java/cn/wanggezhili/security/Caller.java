package cn.wanggezhili.security;

import java.util.List;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.web.GridCodes;

/**
 * Who is calling: the token's subject and user name, realm roles and grid scope (the units whose subtrees the
 * caller may read and act on). Holds no personal data beyond the login name.
 */
public record Caller(String subject, String username, Set<String> roles, List<GridCode> scope) {

    public Caller {
        roles = Set.copyOf(roles);
        scope = List.copyOf(scope);
    }

    /**
     * The unit a list, figure or stream request is about: {@code under} when given (a 400 naming the field when it
     * is not a grid code), else the first unit of the caller's scope. Whether the caller covers it is checked apart.
     */
    public GridCode subtreeRoot(String under) {
        return under == null && !scope.isEmpty() ? scope.get(0) : GridCodes.parse(under, "under");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasAnyRole(java.util.Collection<String> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    /** True when the unit lies in the subtree of one of the caller's scope units. */
    public boolean covers(GridCode unit) {
        return scope.stream().anyMatch(s -> s.contains(unit));
    }
}
