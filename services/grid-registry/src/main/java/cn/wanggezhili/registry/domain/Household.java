package cn.wanggezhili.registry.domain;

import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.HOUSEHOLDS_ON_LOWEST_LEVEL_ONLY;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.HOUSEHOLD_NUMBER_TAKEN;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.NAME_REQUIRED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.PERSONAL_DATA_ERASED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SAME_UNIT;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.UNIT_RETIRED;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdMoved;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdRegistered;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentLeft;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentPersonalDataErased;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentRegistered;

/**
 * A household (户) on a unit of the scheme's lowest level, with its residents ({@code registered}: everyone who ever
 * lived here; {@code erased}: those whose personal data was erased).
 */
public record Household(HouseholdId id, UnitId unitId, String code, String number, Set<ResidentId> residents,
                        Set<ResidentId> registered, Set<ResidentId> erased, int version) {

    public static final Household NONE = new Household(null, null, null, null, Set.of(), Set.of(), Set.of(), 0);

    public static Household replay(List<HouseholdEvent> events) {
        Household household = NONE;
        for (HouseholdEvent e : events) {
            household = household.evolve(e);
        }
        return household;
    }

    public boolean exists() {
        return id != null;
    }

    /** A household's number (e.g. 3号楼2单元301) is unique on its unit. */
    public static HouseholdRegistered register(HouseholdId id, GridUnit unit, String number, LevelScheme scheme,
                                               HouseholdNumbers numbers) {
        requireLowestActive(unit, scheme, "unitCode");
        if (number == null || number.isBlank() || number.strip().length() > 40) {
            throw new RegistryRuleViolation(NAME_REQUIRED, "number", "a household number of 1 to 40 characters is required");
        }
        if (numbers.isTaken(unit.id(), number.strip())) {
            throw new RegistryRuleViolation(HOUSEHOLD_NUMBER_TAKEN, "number",
                    "household number " + number.strip() + " is already registered on " + unit.code());
        }
        return new HouseholdRegistered(id, unit.code().value(), unit.id(), number.strip());
    }

    public HouseholdMoved moveTo(GridUnit unit, LevelScheme scheme) {
        requireLowestActive(unit, scheme, "unitCode");
        if (unit.id().equals(unitId)) {
            throw new RegistryRuleViolation(SAME_UNIT, "unitCode", "the household is already on " + unit.code());
        }
        return new HouseholdMoved(id, unit.code().value(), unit.id(), code);
    }

    /** {@code masked*} are the masked forms of data the caller has already validated and encrypted. */
    public ResidentRegistered registerResident(ResidentId residentId, String relation, String maskedName,
                                               String maskedIdNumber, String maskedPhone) {
        return new ResidentRegistered(id, code, residentId, relation == null ? "" : relation.strip(), maskedName,
                maskedIdNumber, maskedPhone);
    }

    /** Erasure on the resident's request (PIPL right to deletion), once; also for residents who have left. */
    public ResidentPersonalDataErased erasePersonalData(ResidentId residentId) {
        if (!registered.contains(residentId)) {
            throw new IllegalArgumentException("resident " + residentId + " never lived in household " + id);
        }
        if (erased.contains(residentId)) {
            throw new RegistryRuleViolation(PERSONAL_DATA_ERASED, "residentId", "this resident's personal data is erased already");
        }
        return new ResidentPersonalDataErased(id, code, residentId);
    }

    public Household evolve(HouseholdEvent event) {
        int next = version + 1;
        // an exhaustive switch over the sealed HouseholdEvent: a new event type fails compilation until it is handled here
        return switch (event) {
            case HouseholdRegistered e ->
                    new Household(e.householdId(), e.unitId(), e.code(), e.number(), Set.of(), Set.of(), Set.of(), next);
            case HouseholdMoved e -> new Household(id, e.unitId(), e.code(), number, residents, registered, erased, next);
            case ResidentRegistered e -> new Household(id, unitId, code, number, with(residents, e.residentId()),
                    with(registered, e.residentId()), erased, next);
            case ResidentLeft e -> new Household(id, unitId, code, number,
                    residents.stream().filter(r -> !r.equals(e.residentId())).collect(Collectors.toUnmodifiableSet()), registered,
                    erased, next);
            case ResidentPersonalDataErased e ->
                    new Household(id, unitId, code, number, residents, registered, with(erased, e.residentId()), next);
        };
    }

    private static Set<ResidentId> with(Set<ResidentId> set, ResidentId residentId) {
        return Stream.concat(set.stream(), Stream.of(residentId)).collect(Collectors.toUnmodifiableSet());
    }

    private static void requireLowestActive(GridUnit unit, LevelScheme scheme, String field) {
        if (unit.retired()) {
            throw new RegistryRuleViolation(UNIT_RETIRED, field, "grid unit " + unit.code() + " is retired");
        }
        if (unit.level() != scheme.lowest().number()) {
            throw new RegistryRuleViolation(HOUSEHOLDS_ON_LOWEST_LEVEL_ONLY, field,
                    "households belong to a " + scheme.lowest().name() + " (" + scheme.lowest().nameZh() + ")");
        }
    }
}
