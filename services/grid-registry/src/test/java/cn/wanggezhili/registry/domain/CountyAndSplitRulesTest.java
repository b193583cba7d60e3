package cn.wanggezhili.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import org.junit.jupiter.api.Test;

/** The rules of creating a county and of splitting a unit, decided by the domain with what the registry knows. */
class CountyAndSplitRulesTest {

    static final GridCode HOUMA = new GridCode("141081000000");
    static final UnitId ID = new UnitId(new UUID(0, 1));

    @Test
    void a_county_is_created_with_its_own_statistical_code() {
        assertThat(GridUnit.createCounty(ID, HOUMA, "侯马市", LevelScheme.FIVE_LEVELS, GridUnitTest.issued()).level()).isEqualTo(1);
    }

    @Test
    void a_county_without_a_code_a_code_issued_before_or_a_township_s_code_is_refused() {
        assertRefused(() -> GridUnit.createCounty(ID, null, "侯马市", LevelScheme.FIVE_LEVELS, GridUnitTest.issued()),
                RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW);
        assertRefused(() -> GridUnit.createCounty(ID, HOUMA, "侯马市", LevelScheme.FIVE_LEVELS, GridUnitTest.issued("141081000000")),
                RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED);
        assertRefused(() -> GridUnit.createCounty(ID, new GridCode("141081001000"), "路西街道", LevelScheme.FIVE_LEVELS,
                GridUnitTest.issued()), RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW);
    }

    @Test
    void a_split_gives_every_child_and_household_to_exactly_one_of_at_least_two_parts() {
        UnitId first = new UnitId(new UUID(0, 11));
        UnitId second = new UnitId(new UUID(0, 12));
        HouseholdId household = new HouseholdId(new UUID(0, 21));
        GridCode unit = new GridCode("141081001001001");
        SplitRule.Given firstChild = new SplitRule.Given(unit.child(1), Optional.of(first));
        SplitRule.Given secondChild = new SplitRule.Given(unit.child(2), Optional.of(second));
        SplitRule.Given unknown = new SplitRule.Given(unit.child(9), Optional.empty());
        Set<UnitId> children = Set.of(first, second);

        SplitRule.requireEverythingGivenOnce(unit, children, Set.of(household), List.of(
                new SplitRule.Part(List.of(firstChild), List.of(household)), new SplitRule.Part(List.of(secondChild), List.of())));

        assertRefused(() -> SplitRule.requireEverythingGivenOnce(unit, children, Set.of(),
                List.of(new SplitRule.Part(List.of(firstChild, secondChild), List.of()))), RegistryRuleViolation.Rule.UNIT_NOT_EMPTY);
        assertRefused(() -> SplitRule.requireEverythingGivenOnce(unit, children, Set.of(), List.of(
                new SplitRule.Part(List.of(firstChild), List.of()), new SplitRule.Part(List.of(firstChild, secondChild), List.of()))),
                RegistryRuleViolation.Rule.UNIT_NOT_EMPTY);
        assertRefused(() -> SplitRule.requireEverythingGivenOnce(unit, children, Set.of(household), List.of(
                new SplitRule.Part(List.of(firstChild), List.of()), new SplitRule.Part(List.of(secondChild), List.of()))),
                RegistryRuleViolation.Rule.UNIT_NOT_EMPTY);
        assertRefused(() -> SplitRule.requireEverythingGivenOnce(unit, children, Set.of(), List.of(
                new SplitRule.Part(List.of(firstChild, unknown), List.of()), new SplitRule.Part(List.of(secondChild), List.of()))),
                RegistryRuleViolation.Rule.UNIT_NOT_EMPTY);
    }

    private static void assertRefused(Runnable command, RegistryRuleViolation.Rule rule) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RegistryRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
