package cn.wanggezhili.command.api;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which OIDC tenant checks a request: the dashboard's pages, and API calls made by the dashboard page with its
 * session cookie and no bearer token, belong to the web-app tenant "dashboard"; everything else to the platform's
 * bearer-token tenant.
 */
@ApplicationScoped
public class DashboardTenantResolver implements TenantResolver {

    static final String TENANT = "dashboard";
    /** Quarkus names the session cookie q_session_<tenant>, with _chunk_<n> suffixes when it is large. */
    static final String SESSION_COOKIE = "q_session_" + TENANT;

    @Override
    public String resolve(RoutingContext context) {
        if (context.request().path().startsWith("/dashboard")) {
            return TENANT;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null && hasSession(context)) {
            return TENANT;
        }
        return null;
    }

    private static boolean hasSession(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}
