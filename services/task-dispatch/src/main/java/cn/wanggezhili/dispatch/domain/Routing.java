package cn.wanggezhili.dispatch.domain;

import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;

/**
 * Who owns a task. Whoever first receives it owns it until an explicit handover (首问责任制), and it only ever goes to
 * staff who cover its unit, so that the owner can actually get there.
 */
public final class Routing {

    private Routing() {
    }

    /**
     * The first owner of a new task on {@code unit}: the owner a dispatcher chose ({@code chosenUsername}, staff covering
     * the unit), else the grid worker who found it in the field when it lies on their patch (first discoverer, reporter
     * and handler), else the staff covering the unit; none when nobody does.
     */
    public static Optional<StaffRef> firstOwner(GridCode unit, TaskSource source, StaffRef reporter, String chosenUsername,
                                                StaffPosts posts) {
        if (chosenUsername != null && source == TaskSource.DISPATCH) {
            return Optional.of(coveringStaff(unit, chosenUsername, "assigneeUsername", posts));
        }
        if (source == TaskSource.FIELD_REPORT && posts.covers(reporter, unit)) {
            return Optional.of(reporter);
        }
        return posts.handlerFor(unit);
    }

    /** The staff a task on {@code unit} is handed over to: someone covering the unit. */
    public static StaffRef handoverTarget(GridCode unit, String toUsername, StaffPosts posts) {
        return coveringStaff(unit, toUsername, "toUsername", posts);
    }

    private static StaffRef coveringStaff(GridCode unit, String username, String field, StaffPosts posts) {
        return posts.byUsername(username).filter(staff -> posts.covers(staff, unit))
                .orElseThrow(() -> new InvalidInput(field, "no staff of that name covers " + unit));
    }
}
