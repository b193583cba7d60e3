package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.HouseholdEvent;
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
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    RegistrySettings settings;

    public HouseholdMoved move(HouseholdId id, GridUnit target) {
        Household household = households.load(id.value());
        HouseholdMoved moved = household.moveTo(target, settings.scheme());
        households.append(household, List.of(moved));
        return moved;
    }
}
