package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.MoveGridUnit;
import cn.wanggezhili.registry.domain.CodeAllocation;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMoved;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * Moves a unit, with its whole subtree, under a new parent of the level above. The unit is numbered afresh there;
 * each descendant keeps its own segments under its new ancestor code. Old codes stay issued.
 */
@ApplicationScoped
public class MoveGridUnitHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Inject
    Subtree subtree;

    @Transactional
    public GridUnitMoved handle(MoveGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        GridUnit newParent = units.load(codes.unitOf(cmd.newParentCode()).value());
        requireCovers(caller, newParent.code());
        return moveWithSubtree(unit, newParent);
    }

    /** Also used by merges and splits, which move children between units. */
    GridUnitMoved moveWithSubtree(GridUnit unit, GridUnit newParent) {
        GridCode newCode = CodeAllocation.codeFor(newParent.code(), unit.kind(), null, codes);
        GridUnitMoved moved = unit.moveUnder(newParent, newCode);
        String oldPrefix = unit.code().subtreePrefix();
        String newPrefix = newCode.subtreePrefix();
        var descendants = subtree.descendants(unit.code());
        units.append(unit, List.of(moved));
        for (var id : descendants) {
            GridUnit descendant = units.load(id.value());
            GridCode recoded = new GridCode(newPrefix + descendant.code().value().substring(oldPrefix.length()));
            units.append(descendant, List.of(descendant.recode(recoded, recoded.parent().orElseThrow())));
        }
        return moved;
    }
}
