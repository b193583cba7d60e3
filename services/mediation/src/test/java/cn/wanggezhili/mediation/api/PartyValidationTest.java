package cn.wanggezhili.mediation.api;

import static cn.wanggezhili.mediation.api.MediationFixture.DONGCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.count;
import static cn.wanggezhili.mediation.api.MediationFixture.party;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A party's ID number is checked at the desk, and the household a party belongs to must be one the caller's scope
 * covers: another township's household is refused exactly as an unknown one, and nothing is registered.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class PartyValidationTest {

    /** 秦村北社区第一网格's household and 东村's (凤城镇, another township), as the registry announced them. */
    private static final UUID OWN_HOUSEHOLD = UUID.nameUUIDFromBytes("party-validation-own".getBytes(StandardCharsets.UTF_8));
    private static final UUID OTHER_TOWNSHIP_HOUSEHOLD = UUID.nameUUIDFromBytes("party-validation-other".getBytes(StandardCharsets.UTF_8));

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() throws Exception {
        MediationFixture.grid(dataSource);
        try (TopicFeed registry = new TopicFeed("grid-registry")) {
            household(registry, OWN_HOUSEHOLD, QINCUN_GRID_1);
            household(registry, OTHER_TOWNSHIP_HOUSEHOLD, DONGCUN_GRID_1);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "select count(*) from household_directory where household_id in ('"
                + OWN_HOUSEHOLD + "', '" + OTHER_TOWNSHIP_HOUSEHOLD + "')") == 2);
    }

    @Test
    void a_resident_s_id_number_with_a_wrong_check_character_is_refused_naming_the_party() throws Exception {
        long cases = count(dataSource, "select count(*) from case_view");

        register(List.of(party("张卫国", "141081198705061230", null), party("赵秀兰", "141081196203154321", null)))
                .then().statusCode(400).body("errors[0].field", equalTo("parties[1].idNumber"));

        assertCasesStill(cases);
    }

    @Test
    void an_organisation_gives_a_unified_social_credit_code_with_its_check_character() {
        Map<String, Object> company = new HashMap<>(Map.of("kind", "ORGANISATION", "name", "侯马市某物业公司", "idNumber", "91350100M000100Y44"));
        register(List.of(company, neighbour())).then().statusCode(400).body("errors[0].field", equalTo("parties[0].idNumber"));

        company.put("idNumber", "91350100M000100Y43");
        register(List.of(company, neighbour())).then().statusCode(201);
    }

    @Test
    void a_household_of_another_township_is_refused_as_an_unknown_one() throws Exception {
        long cases = count(dataSource, "select count(*) from case_view");

        String other = register(List.of(withHousehold(OTHER_TOWNSHIP_HOUSEHOLD), neighbour())).then().statusCode(400)
                .body("errors[0].field", equalTo("parties[0].householdId")).extract().path("detail");
        String unknown = register(List.of(withHousehold(UUID.randomUUID()), neighbour())).then().statusCode(400)
                .body("errors[0].field", equalTo("parties[0].householdId")).extract().path("detail");
        org.assertj.core.api.Assertions.assertThat(other).isEqualTo(unknown).doesNotContain(OTHER_TOWNSHIP_HOUSEHOLD.toString());
        assertCasesStill(cases);

        register(List.of(withHousehold(OWN_HOUSEHOLD), neighbour())).then().statusCode(201)
                .body("parties[0].householdId", equalTo(OWN_HOUSEHOLD.toString()));
    }

    /** The other side of the dispute (a case names two parties at least). */
    private static Map<String, Object> neighbour() {
        return party("赵秀兰", "141081196203154323", null);
    }

    private static Map<String, Object> withHousehold(UUID household) {
        Map<String, Object> party = party("张卫国", "141081198705061230", "13812345678");
        party.put("householdId", household.toString());
        return party;
    }

    private static io.restassured.response.Response register(List<Map<String, Object>> parties) {
        return as("grid-chief").body(Map.of("unitCode", QINCUN_GRID_1, "disputeType", "NEIGHBOUR", "title", "宅基地边界纠纷",
                "description", "两户因院墙位置发生争执", "parties", parties)).post("/api/v1/cases");
    }

    private void assertCasesStill(long cases) throws Exception {
        org.assertj.core.api.Assertions.assertThat(count(dataSource, "select count(*) from case_view")).isEqualTo(cases);
    }

    private static void household(TopicFeed registry, UUID household, String unitCode) {
        UUID unit = UUID.nameUUIDFromBytes(unitCode.getBytes(StandardCharsets.UTF_8));
        registry.send(household, "Household", "HouseholdRegistered", 1, UUID.randomUUID(), unitCode, """
                {"householdId":"%s","code":"%s","unitId":"%s","number":"0001"}
                """.formatted(household, unitCode, unit));
    }
}
