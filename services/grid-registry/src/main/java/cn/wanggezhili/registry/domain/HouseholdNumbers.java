package cn.wanggezhili.registry.domain;

/** The household numbers registered on each unit, as the registry knows them when a household is registered. */
@FunctionalInterface
public interface HouseholdNumbers {

    boolean isTaken(UnitId unit, String number);
}
