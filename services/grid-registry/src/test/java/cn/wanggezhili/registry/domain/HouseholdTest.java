package cn.wanggezhili.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdMoved;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdRegistered;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentLeft;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentPersonalDataErased;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentRegistered;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    static final HouseholdId HOUSEHOLD = new HouseholdId(new UUID(3, 1));
    static final HouseholdNumbers NO_NUMBERS_TAKEN = (unit, number) -> false;
    static final GridUnit MICRO_GRID = GridUnit.replay(List.of(new GridUnitCreated(new UnitId(new UUID(0, 5)),
            "141081001001001001", "1号楼", 5, "微网格", UnitKind.GRID_UNIT, new UnitId(new UUID(0, 4)), "141081001001001")));
    static final GridUnit OTHER_MICRO_GRID = GridUnit.replay(List.of(new GridUnitCreated(new UnitId(new UUID(0, 6)),
            "141081001001001002", "2号楼", 5, "微网格", UnitKind.GRID_UNIT, new UnitId(new UUID(0, 4)), "141081001001001")));
    static final GridUnit GRID = GridUnit.replay(List.of(new GridUnitCreated(new UnitId(new UUID(0, 4)),
            "141081001001001", "第一网格", 4, "网格", UnitKind.GRID_UNIT, new UnitId(new UUID(0, 3)), "141081001001")));

    @Test
    void a_household_is_registered_on_a_micro_grid_only() {
        assertThat(Household.register(HOUSEHOLD, MICRO_GRID, " 1-2-301 ", LevelScheme.FIVE_LEVELS, NO_NUMBERS_TAKEN))
                .isEqualTo(new HouseholdRegistered(HOUSEHOLD, "141081001001001001", MICRO_GRID.id(), "1-2-301"));
        assertThatThrownBy(() -> Household.register(HOUSEHOLD, GRID, "1-2-301", LevelScheme.FIVE_LEVELS, NO_NUMBERS_TAKEN))
                .isInstanceOfSatisfying(RegistryRuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo(RegistryRuleViolation.Rule.HOUSEHOLDS_ON_LOWEST_LEVEL_ONLY));
    }

    @Test
    void a_household_moves_to_another_micro_grid_and_remembers_where_it_was() {
        Household household = Household.replay(List.of(Household.register(HOUSEHOLD, MICRO_GRID, "1-2-301", LevelScheme.FIVE_LEVELS, NO_NUMBERS_TAKEN)));
        assertThat(household.moveTo(OTHER_MICRO_GRID, LevelScheme.FIVE_LEVELS))
                .isEqualTo(new HouseholdMoved(HOUSEHOLD, "141081001001001002", OTHER_MICRO_GRID.id(), "141081001001001001"));
        assertThatThrownBy(() -> household.moveTo(MICRO_GRID, LevelScheme.FIVE_LEVELS))
                .isInstanceOfSatisfying(RegistryRuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo(RegistryRuleViolation.Rule.SAME_UNIT));
    }

    @Test
    void a_resident_s_personal_data_is_erased_once_also_after_they_left() {
        ResidentId resident = new ResidentId(new UUID(4, 1));
        HouseholdRegistered registered = Household.register(HOUSEHOLD, MICRO_GRID, "1-2-301", LevelScheme.FIVE_LEVELS, NO_NUMBERS_TAKEN);
        ResidentRegistered arrived = new ResidentRegistered(HOUSEHOLD, MICRO_GRID.code().value(), resident, "户主", "张*",
                "1101**********002X", "139****5678");
        ResidentLeft left = new ResidentLeft(HOUSEHOLD, MICRO_GRID.code().value(), resident, "迁出");
        Household movedAway = Household.replay(List.of(registered, arrived, left));

        assertThat(movedAway.erasePersonalData(resident))
                .isEqualTo(new ResidentPersonalDataErased(HOUSEHOLD, MICRO_GRID.code().value(), resident));
        Household erased = movedAway.evolve(movedAway.erasePersonalData(resident));
        assertThatThrownBy(() -> erased.erasePersonalData(resident)).isInstanceOfSatisfying(RegistryRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo(RegistryRuleViolation.Rule.PERSONAL_DATA_ERASED));
        assertThatThrownBy(() -> erased.erasePersonalData(new ResidentId(new UUID(4, 2))))
                .as("a resident of another household").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_household_number_already_registered_on_the_unit_is_refused() {
        HouseholdNumbers taken = (unit, number) -> unit.equals(MICRO_GRID.id()) && number.equals("1-2-301");
        assertThatThrownBy(() -> Household.register(HOUSEHOLD, MICRO_GRID, " 1-2-301 ", LevelScheme.FIVE_LEVELS, taken))
                .isInstanceOfSatisfying(RegistryRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(RegistryRuleViolation.Rule.HOUSEHOLD_NUMBER_TAKEN);
                    assertThat(e.field()).isEqualTo("number");
                });
        assertThat(Household.register(HOUSEHOLD, MICRO_GRID, "1-2-302", LevelScheme.FIVE_LEVELS, taken).number()).isEqualTo("1-2-302");
    }
}
