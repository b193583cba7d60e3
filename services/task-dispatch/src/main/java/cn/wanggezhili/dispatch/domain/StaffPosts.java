package cn.wanggezhili.dispatch.domain;

import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/**
 * Who holds which post where, as task dispatch knows it from the registry's events: what routing a task must look
 * up (the service implements it over its local copy of the posts).
 */
public interface StaffPosts {

    /** The staff member who logs in with {@code username}, if they hold a post. */
    Optional<StaffRef> byUsername(String username);

    /** Whether {@code staff} holds a post on {@code unit} or above it. */
    boolean covers(StaffRef staff, GridCode unit);

    /** Who handles field work on {@code unit}: the nearest grid worker, else chief, else information officer. */
    Optional<StaffRef> handlerFor(GridCode unit);
}
