package cn.wanggezhili.security;

/** The suite's realm roles (see deploy/keycloak/grid-realm.json); constants so that annotations can name them. */
public final class Role {

    public static final String COUNTY_ADMIN = "county-admin";
    public static final String TOWNSHIP_ADMIN = "township-admin";
    public static final String GRID_CHIEF = "grid-chief";
    public static final String GRID_WORKER = "grid-worker";
    public static final String SCORER = "scorer";
    public static final String REVIEWER = "reviewer";
    public static final String MEDIATOR = "mediator";
    public static final String STORE_CLERK = "store-clerk";
    public static final String RESIDENT = "resident";
    public static final String INTEGRATOR = "integrator";

    private Role() {
    }
}
