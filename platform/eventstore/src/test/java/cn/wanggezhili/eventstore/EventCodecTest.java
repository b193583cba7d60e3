package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    record ThingId(UUID value) {
    }

    sealed interface ThingEvent permits ThingNamed {
    }

    record ThingNamed(ThingId thingId, String name, List<String> tags, Instant at) implements ThingEvent {
    }

    final EventCodec<ThingEvent> codec = new EventCodec<ThingEvent>().register("test.ThingNamed.v1", ThingNamed.class);

    @Test
    void typed_ids_travel_as_plain_values_and_come_back_as_typed_ids() {
        ThingNamed event = new ThingNamed(new ThingId(new UUID(0, 7)), "秦村北社区", List.of("a"), Instant.parse("2026-11-27T08:00:00Z"));
        String json = codec.toJson(event);
        assertThat(json).contains("\"thingId\":\"00000000-0000-0000-0000-000000000007\"")
                .contains("\"at\":\"2026-11-27T08:00:00Z\"");
        assertThat(codec.fromJson("test.ThingNamed.v1", json)).isEqualTo(event);
        assertThat(codec.typeName(event)).isEqualTo("test.ThingNamed.v1");
    }

    @Test
    void ids_written_in_the_earlier_object_shape_are_still_read() {
        String earlier = "{\"thingId\":{\"value\":\"00000000-0000-0000-0000-000000000007\"},\"name\":\"x\",\"tags\":[],\"at\":\"2026-11-27T08:00:00Z\"}";
        assertThat(((ThingNamed) codec.fromJson("test.ThingNamed.v1", earlier)).thingId()).isEqualTo(new ThingId(new UUID(0, 7)));
    }

    @Test
    void fields_added_by_a_newer_writer_are_ignored_and_unknown_types_refused() {
        String newer = "{\"thingId\":\"00000000-0000-0000-0000-000000000007\",\"name\":\"x\",\"tags\":[],\"at\":\"2026-11-27T08:00:00Z\",\"colour\":\"red\"}";
        assertThat(codec.fromJson("test.ThingNamed.v1", newer)).isInstanceOf(ThingNamed.class);
        assertThatThrownBy(() -> codec.fromJson("test.Other.v1", newer)).isInstanceOf(IllegalArgumentException.class);
    }
}
