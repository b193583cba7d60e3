package cn.wanggezhili.dispatch.domain;

import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/** Who takes an escalated task at exactly one level, if anyone holds a post there (the chief there first). */
@FunctionalInterface
public interface EscalationTakers {

    Optional<StaffRef> at(GridCode level);
}
