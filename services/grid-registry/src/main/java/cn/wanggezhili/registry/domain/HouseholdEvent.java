package cn.wanggezhili.registry.domain;

/**
 * What happens to a household on a micro-grid. Residents' personal data never travels in events: they carry
 * masked forms only; the full values are kept encrypted by the registry.
 */
public sealed interface HouseholdEvent {

    HouseholdId householdId();

    /** The grid code of the household's unit. */
    String code();

    record HouseholdRegistered(HouseholdId householdId, String code, UnitId unitId, String number) implements HouseholdEvent {
    }

    record HouseholdMoved(HouseholdId householdId, String code, UnitId unitId, String oldCode) implements HouseholdEvent {
    }

    record ResidentRegistered(HouseholdId householdId, String code, ResidentId residentId, String relation,
                              String maskedName, String maskedIdNumber, String maskedPhone) implements HouseholdEvent {
    }

    record ResidentLeft(HouseholdId householdId, String code, ResidentId residentId, String reason) implements HouseholdEvent {
    }

    /**
     * The resident's personal data was erased on request (PIPL): the encrypted values are deleted, and readers drop
     * the masked forms they hold. The resident's place in the household's history stays.
     */
    record ResidentPersonalDataErased(HouseholdId householdId, String code, ResidentId residentId) implements HouseholdEvent {
    }
}
