package cn.wanggezhili.mediation.app;

import cn.wanggezhili.security.Role;

/**
 * Who may do what with cases; who reads them is the suite's read policy ({@code MediationReadPolicy}), which the
 * live stream applies too. Mediators are often grid workers too (the studio's retired judges and police). */
final class CaseRoles {

    /** Register cases and work them: investigation, sessions, agreement, performance check, follow-up. */
    static final String[] CASE_STAFF = {Role.MEDIATOR, Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Decide on a case: accept or decline, assign mediators, escalate, refer, close. */
    static final String[] SUPERVISORS = {Role.MEDIATOR, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    /** Erase a party's personal data on their request (PIPL), once the case is closed. */
    static final String[] ERASERS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    private CaseRoles() {
    }
}
