package cn.wanggezhili.security;

import java.util.List;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;

/**
 * The units a person's staff posts are on, as the grid registry keeps them: their grid scope, which follows a unit
 * when it moves or is recoded. Empty for someone holding no post (county staff, integrators, residents), whose scope
 * is the token's {@code grid_scope} attribute.
 */
public interface StaffPostScope {

    Optional<List<GridCode>> unitsOf(String username);
}
