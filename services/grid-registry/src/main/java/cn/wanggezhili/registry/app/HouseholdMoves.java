package cn.wanggezhili.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdMoved;

/** Moves one household to another unit of the lowest level; shared by the move command, splits and merges. */
@ApplicationScoped
public class HouseholdMoves {

    @Inject
    Registry registry;

    @Inject
    RegistrySettings settings;

    public HouseholdMoved move(HouseholdId id, GridUnit target) {
        Household household = registry.household(id);
        HouseholdMoved moved = household.moveTo(target, settings.scheme());
        registry.append(household, List.of(moved));
        return moved;
    }
}
