package cn.wanggezhili.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import cn.wanggezhili.gridcode.GridCode;
import org.jboss.logging.Logger;

/**
 * The caller of the current request, read from the verified bearer token; the grid scope comes from the
 * {@code grid_scope} claim. Request scoped: inject it (not a {@link Caller}) into singletons such as resources.
 */
@RequestScoped
public class CurrentCaller {

    public static final String GRID_SCOPE_CLAIM = "grid_scope";
    private static final Logger LOG = Logger.getLogger(CurrentCaller.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

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
        return new Caller(token.getSubject(), identity.getPrincipal().getName(), identity.getRoles(), scope(token.getClaim(GRID_SCOPE_CLAIM)));
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
