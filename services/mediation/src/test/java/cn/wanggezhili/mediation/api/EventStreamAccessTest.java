package cn.wanggezhili.mediation.api;

import static cn.wanggezhili.mediation.api.MediationFixture.DONGCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_NORTH;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.party;
import static cn.wanggezhili.mediation.api.MediationFixture.register;
import static cn.wanggezhili.mediation.api.MediationFixture.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.StreamMirror;
import cn.wanggezhili.testing.StreamMirror.Made;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import cn.wanggezhili.testing.SuiteServersResource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream mirrors REST for every user of the realm: a dashboard reads on GET /api/v1/events the events of
 * exactly the cases and mediators REST shows its user, all of a case's events where REST shows the case, none where
 * REST answers 403 or 404; roles REST refuses every case read (residents, the store) cannot open the stream at all.
 * Parties travel masked only. The expectations are REST's answers, never a second copy of the read policy.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class EventStreamAccessTest {

    /** A neighbour who joins the dispute later: her name, ID number and phone must never travel in an event. */
    static final String JOINED_NAME = "欧阳慧敏";
    static final String JOINED_ID_NUMBER = "141081199003077777";
    static final String JOINED_PHONE = "13712349876";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void every_user_reads_on_the_live_stream_the_cases_and_mediators_rest_shows_them_and_nothing_else() throws Exception {
        String start = streamPosition();

        // 秦村北社区第一网格: a neighbours' dispute the community takes on
        String gridCase = register("grid-chief", QINCUN_GRID_1, null);
        step("grid-chief", gridCase, "acceptances", Map.of());
        // registered at the community's desk: above a grid worker's scope
        String communityCase = register("grid-chief", QINCUN_NORTH, null);
        // another township's village: only the county and 凤城镇 see it
        String dongcunCase = register("county-admin", DONGCUN_GRID_1, null);
        // the community enrols a retired police officer in its mediator pool
        String officer = as("grid-chief").body(Map.of("unitCode", QINCUN_NORTH, "name", "李德明", "background", "退休民警",
                "studio", "平安调解工作室")).post("/api/v1/mediators").then().statusCode(201).extract().path("staffId");

        SoftAssertions soft = new SoftAssertions();
        StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/cases", "/api/v1/cases/{id}",
                closingCases(), List.of(aCase("第一网格的邻里纠纷", gridCase),
                aCase("社区受理的纠纷", communityCase), aCase("东村的纠纷", dongcunCase), aPoolMediator("调解员李德明", officer)));
        soft.assertAll();
    }

    @Test
    void parties_travel_on_every_user_s_stream_masked_as_rest_shows_them_never_in_clear() throws Exception {
        String start = streamPosition();
        // a neighbours' dispute in 第一网格, and a third neighbour joins it
        String dispute = register("grid-chief", QINCUN_GRID_1, null);
        step("grid-chief", dispute, "parties", Map.of("party", party(JOINED_NAME, JOINED_ID_NUMBER, JOINED_PHONE)));

        SoftAssertions soft = new SoftAssertions();
        List<SseEvent> everything = StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/cases", "/api/v1/cases/{id}",
                closingCases(), List.of(aCase("第一网格的邻里纠纷", dispute)));
        // the parties' personal data in clear, as REST shows it to the mediator who talks to them
        List<String> clear = clearPersonalData(dispute);
        soft.assertThat(clear).as("the joined party's data, in clear on REST for the mediator")
                .contains(JOINED_NAME, JOINED_ID_NUMBER, JOINED_PHONE);
        for (SseEvent e : everything) {
            for (String value : clear) {
                soft.assertThat(e.data()).as("stream event %s (%s) carries a party's clear data", e.id(), e.type())
                        .doesNotContain(value);
            }
        }
        List<SseEvent> joinings = everything.stream().filter(e -> "mediation.PartyAdded.v1".equals(e.type())
                && dispute.equals(StreamMirror.subject(e))).toList();
        soft.assertThat(joinings).as("the joining, on the streams of those REST shows the case").isNotEmpty();
        JsonNode joined = restParty(dispute, JOINED_PHONE.substring(JOINED_PHONE.length() - 4));
        for (SseEvent e : joinings) {
            JsonNode party = payload(e).path("party");
            soft.assertThat(List.of(party.path("maskedName").asText(), party.path("maskedIdNumber").asText(),
                            party.path("maskedPhone").asText()))
                    .as("the joined party on stream event %s, as REST shows her masked", e.id())
                    .containsExactly(joined.path("name").asText(), joined.path("idNumber").asText(), joined.path("phone").asText());
        }
        soft.assertAll();
    }

    /**
     * REST keeps showing a case to the grid it was registered on after an escalation (GET /api/v1/cases/{id} and its
     * history); the events from the escalation on carry the township's code, and still reach the grid's stream because
     * its staff cover the case's origin (MediationReadPolicy's alsoBelow).
     */
    @Test
    void the_grid_follows_on_the_stream_a_case_it_escalated_to_the_township_as_it_does_on_rest() throws Exception {
        String start = streamPosition();
        String escalated = register("grid-chief", QINCUN_GRID_1, null);
        MediationFixture.throughFirstSession(escalated, null);
        step("mediator", escalated, "failures", Map.of("reason", "双方对赔偿金额分歧较大"));
        step("grid-chief", escalated, "escalations", Map.of("toLevel", "TOWNSHIP", "reason", "涉及多户，需街道协调"));

        SoftAssertions soft = new SoftAssertions();
        StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/cases", "/api/v1/cases/{id}",
                closingCases(), List.of(aCase("升级到街道的纠纷", escalated)));
        soft.assertAll();
    }

    /** Last, a case in each township: each user reads their stream up to the one REST shows them. */
    private static List<String> closingCases() {
        return List.of(register("grid-chief", QINCUN_GRID_1, null), register("county-admin", DONGCUN_GRID_1, null));
    }

    /** A case: REST's GET /api/v1/cases/{id} and its history. */
    private static Made aCase(String name, String id) {
        return new Made(name, id, user -> {
            int status = caseStatus(user, id);
            return status == 200 ? null : "answers " + status + " to GET /api/v1/cases/{id} for";
        }, user -> as(user).get("/api/v1/cases/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().map(h -> h.get("version") + " " + h.get("type")).toList());
    }

    /** A pool mediator: listed by GET /api/v1/mediators (the user's scope) or not. */
    private static Made aPoolMediator(String name, String staffId) {
        return new Made(name, staffId, user -> {
            Response list = as(user).get("/api/v1/mediators?limit=1000");
            if (list.statusCode() != 200) {
                return "answers " + list.statusCode() + " to GET /api/v1/mediators for";
            }
            List<String> listed = list.jsonPath().getList("items.staffId");
            return listed.contains(staffId) ? null : "does not list";
        }, null);
    }

    private static int caseStatus(String user, String id) {
        return as(user).get("/api/v1/cases/{id}", id).statusCode();
    }

    /** Every party's name, ID number and phone in clear, as REST shows them to the mediator (who talks to the parties). */
    private static List<String> clearPersonalData(String caseId) throws Exception {
        JsonNode parties = JSON.readTree(as("mediator").get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .extract().asString()).path("parties");
        List<String> clear = new ArrayList<>();
        for (JsonNode p : parties) {
            if (!p.path("masked").asBoolean()) {
                for (String field : List.of("name", "idNumber", "phone")) {
                    if (p.hasNonNull(field)) {
                        clear.add(p.get(field).asText());
                    }
                }
            }
        }
        return clear;
    }

    /** The party as REST shows her to an integrator (masked), found by her phone's last digits. */
    private static JsonNode restParty(String caseId, String phoneTail) throws Exception {
        JsonNode parties = JSON.readTree(as("integrator").get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .extract().asString()).path("parties");
        for (JsonNode p : parties) {
            if (p.path("masked").asBoolean() && p.path("phone").asText().endsWith(phoneTail)) {
                return p;
            }
        }
        throw new AssertionError("REST shows no party with a phone ending " + phoneTail + ": " + parties);
    }

    /**
     * Where the stream is now: a case registered at once, as the county's dashboard reads it (case registrations only, a
     * short read from the start of the table). Every user's stream is read from after it.
     */
    private String streamPosition() throws Exception {
        String opening = register("county-admin", QINCUN_GRID_1, null);
        return StreamMirror.position(events.toString(), "mediation.CaseRegistered.v1", opening);
    }

    private static JsonNode payload(SseEvent e) {
        return StreamMirror.envelope(e).path("data");
    }
}
