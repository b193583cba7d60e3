package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonPayloadTest {

    static final String TASK_CLOSED = """
            {"taskId":{"value":"00000000-0000-0000-0000-000000000007"},"code":"141081001001001","completedOnTime":true,
             "completedBy":{"staffId":"00000000-0000-0000-0001-000000000001","name":"陈小军"},"escalations":2,
             "attributes":{"incident-kind":"矛盾纠纷"},"mediators":[{"name":"刘红梅"}],"at":"2026-11-27T08:00:00Z",
             "newOwner":null,"extra":{"ignored":[1,2]}}
            """;

    @Test
    void a_reader_takes_the_fields_it_relies_on_whatever_else_the_payload_holds() {
        JsonPayload p = JsonPayload.of(TASK_CLOSED);
        assertThat(p.uuid("taskId")).as("an id written as {value: ...}").isEqualTo(new UUID(0, 7));
        assertThat(p.text("code")).isEqualTo("141081001001001");
        assertThat(p.bool("completedOnTime")).isTrue();
        assertThat(p.at("completedBy").text("name")).isEqualTo("陈小军");
        assertThat(p.integer("escalations")).isEqualTo(2);
        assertThat(p.entry("attributes", "incident-kind")).isEqualTo("矛盾纠纷");
        assertThat(p.first("mediators").text("name")).isEqualTo("刘红梅");
        assertThat(p.size("mediators")).isEqualTo(1);
        assertThat(p.instant("at")).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(p.path("completedBy.name")).isEqualTo("陈小军");
        assertThat(p.path("mediators.0.name")).isEqualTo("刘红梅");
        assertThat(p.path("completedOnTime")).isEqualTo("true");
        assertThat(p.path("taskId")).isEqualTo(new UUID(0, 7).toString());
        assertThat(p.path("mediators.1.name")).isNull();
        assertThat(p.path("extra")).isNull();
    }

    @Test
    void absent_and_null_fields_read_as_nothing() {
        JsonPayload p = JsonPayload.of(TASK_CLOSED);
        assertThat(p.has("newOwner")).isFalse();
        assertThat(p.at("newOwner").text("name")).isNull();
        assertThat(p.text("missing")).isNull();
        assertThat(p.uuid("missing")).isNull();
        assertThat(p.bool("missing")).isFalse();
        assertThat(p.first("missing").text("name")).isNull();
        assertThat(p.text("extra")).as("an object is not a text").isNull();
    }
}
