package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.EventCodec;
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

    private RegistryEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
