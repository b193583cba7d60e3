package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;

/** The registry's event types on its topic {@code grid-registry.events}, as other services see them. */
public final class RegistryEvents {

    public static final String SERVICE = "grid-registry";
    public static final String GRID_UNIT = "GridUnit";
    public static final String HOUSEHOLD = "Household";

    public static final EventCodec<GridUnitEvent> GRID_UNITS = new EventCodec<GridUnitEvent>()
            .register(type("GridUnitCreated"), GridUnitEvent.GridUnitCreated.class)
            .register(type("GridUnitRenamed"), GridUnitEvent.GridUnitRenamed.class)
            .register(type("GridUnitMoved"), GridUnitEvent.GridUnitMoved.class)
            .register(type("GridUnitSplit"), GridUnitEvent.GridUnitSplit.class)
            .register(type("GridUnitMerged"), GridUnitEvent.GridUnitMerged.class)
            .register(type("GridUnitRetired"), GridUnitEvent.GridUnitRetired.class)
            .register(type("StaffAssigned"), GridUnitEvent.StaffAssigned.class)
            .register(type("StaffUnassigned"), GridUnitEvent.StaffUnassigned.class);

    public static final EventCodec<HouseholdEvent> HOUSEHOLDS = new EventCodec<HouseholdEvent>()
            .register(type("HouseholdRegistered"), HouseholdEvent.HouseholdRegistered.class)
            .register(type("HouseholdMoved"), HouseholdEvent.HouseholdMoved.class)
            .register(type("ResidentRegistered"), HouseholdEvent.ResidentRegistered.class)
            .register(type("ResidentLeft"), HouseholdEvent.ResidentLeft.class)
            .register(type("ResidentPersonalDataErased"), HouseholdEvent.ResidentPersonalDataErased.class);

    /** A grid unit's stream: its code on every event, for subtree filters downstream. */
    public static final AggregateType<GridUnit, GridUnitEvent> GRID_UNIT_STREAM = new AggregateType<>(GRID_UNIT, GRID_UNITS,
            GridUnitEvent::code, e -> e.unitId().value(), GridUnit::replay, GridUnit::version);

    public static final AggregateType<Household, HouseholdEvent> HOUSEHOLD_STREAM = new AggregateType<>(HOUSEHOLD, HOUSEHOLDS,
            HouseholdEvent::code, e -> e.householdId().value(), Household::replay, Household::version);

    private RegistryEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
