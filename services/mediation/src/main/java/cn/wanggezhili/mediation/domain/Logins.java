package cn.wanggezhili.mediation.domain;

/** The logins already held by a mediator or a member of grid staff, when a pool mediator is enrolled. */
@FunctionalInterface
public interface Logins {

    boolean isTaken(String username);
}
