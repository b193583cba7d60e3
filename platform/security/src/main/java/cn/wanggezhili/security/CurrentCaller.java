package cn.wanggezhili.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import cn.wanggezhili.gridcode.GridCode;
import org.jboss.logging.Logger;

/**
 * The caller of the current request, read from the verified bearer token. The grid scope is the units of the
 * caller's staff posts where the service knows them ({@link StaffPostScope}, from the registry: a moved unit's worker
 * acts under its new code, and the old one gives nothing); for people without posts (county staff, integrators,
 * residents) it is the token's {@code grid_scope} claim. Request scoped: inject it (not a {@link Caller}) into
 * singletons such as resources.
 */
@RequestScoped
public class CurrentCaller {

    public static final String GRID_SCOPE_CLAIM = "grid_scope";
    private static final Logger LOG = Logger.getLogger(CurrentCaller.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Instance<StaffPostScope> posts;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            return new Caller("", "", java.util.Set.of(), List.of());
        }
        String username = identity.getPrincipal().getName();
        List<GridCode> scope = posts.isResolvable()
                ? posts.get().unitsOf(username).orElseGet(() -> scope(token.getClaim(GRID_SCOPE_CLAIM)))
                : scope(token.getClaim(GRID_SCOPE_CLAIM));
        return new Caller(token.getSubject(), username, identity.getRoles(), scope);
    }

    /** The claim may be one code or an array; anything that is not a grid code is ignored (and logged). */
    static List<GridCode> scope(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(unquote(String.valueOf(v))));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> values.add(unquote(v.toString())));
        } else if (claim != null) {
            values.add(unquote(claim.toString()));
        }
        List<GridCode> scope = new ArrayList<>();
        for (String value : values) {
            GridCode.parse(value).ifPresentOrElse(scope::add, () -> LOG.warnf("ignoring malformed grid_scope value %s", value));
        }
        return scope;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2 ? value.substring(1, value.length() - 1) : value;
    }
}
