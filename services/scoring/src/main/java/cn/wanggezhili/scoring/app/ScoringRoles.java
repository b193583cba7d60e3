package cn.wanggezhili.scoring.app;

import cn.wanggezhili.security.Role;

/** Who may do what in scoring; each handler checks its caller's role first. */
final class ScoringRoles {

    /** Record score entries and volunteer activities. */
    static final String[] SCORERS = {Role.SCORER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    /** The monthly review: approve or reject entries. */
    static final String[] REVIEWERS = {Role.REVIEWER, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    /** Put results on public notice and resolve objections. */
    static final String[] PUBLISHERS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.REVIEWER};

    /** Publish schemes, register subjects, settle quarters, assign tiers. */
    static final String[] ADMINS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    private ScoringRoles() {
    }
}
