package cn.wanggezhili.mediation.app;

import cn.wanggezhili.security.Role;

/** Who may do what with cases. Mediators are often grid workers too (the studio's retired judges and police). */
final class CaseRoles {

    /** Register cases and work them: investigation, sessions, agreement, performance check, follow-up. */
    static final String[] CASE_STAFF = {Role.MEDIATOR, Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Decide on a case: accept or decline, assign mediators, escalate, refer, close. */
    static final String[] SUPERVISORS = {Role.MEDIATOR, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Read cases and figures (parties masked unless {@link #PERSONAL_DATA}). */
    static final String[] READERS = {Role.MEDIATOR, Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN,
            Role.INTEGRATOR, Role.REVIEWER, Role.SCORER};
    /** Erase a party's personal data on their request (PIPL), once the case is closed. */
    static final String[] ERASERS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Those who talk to the parties: they see names, ID numbers and phones in full. */
    static final String[] PERSONAL_DATA = {Role.MEDIATOR, Role.GRID_CHIEF};

    private CaseRoles() {
    }
}
