package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.sql.Database;
import org.junit.jupiter.api.Test;

/** A counter aggregate on real Postgres: load, decide, append at the loaded version, read model in the same transaction. */
class AggregateRepositoryTest extends EventStoreTestSupport {

    sealed interface CounterEvent permits Counted {
        UUID counterId();
    }

    record Counted(UUID counterId, int by) implements CounterEvent {
    }

    record Counter(UUID id, int total, int version) {
        static Counter replay(List<CounterEvent> events) {
            Counter counter = new Counter(null, 0, 0);
            for (CounterEvent e : events) {
                counter = switch (e) {
                    case Counted c -> new Counter(c.counterId(), counter.total + c.by(), counter.version + 1);
                };
            }
            return counter;
        }
    }

    static final AggregateType<Counter, CounterEvent> COUNTER = new AggregateType<>("counter",
            new EventCodec<CounterEvent>().register("test.Counted.v1", Counted.class), e -> "141081001001",
            CounterEvent::counterId, Counter::replay, Counter::version);

    final List<String> projected = new ArrayList<>();
    final AggregateRepository<Counter, CounterEvent> counters = new AggregateRepository<>(store, COUNTER,
            AggregateRepository.ReadModel.eachEvent((c, e, stored) -> projected.add(stored.version() + ":" + e)),
            Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC), UUID::randomUUID,
            new Database(dataSource));

    @Test
    void an_aggregate_is_rebuilt_from_what_was_appended_and_the_read_model_sees_each_event_with_its_version() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            Counter none = counters.load(c, id);
            assertThat(none.version()).isZero();
            counters.append(c, none, List.of(new Counted(id, 2), new Counted(id, 3)));
            Counter loaded = counters.load(c, id);
            assertThat(loaded).isEqualTo(new Counter(id, 5, 2));
            assertThat(store.load(c, id)).allSatisfy(e -> {
                assertThat(e.streamType()).isEqualTo("counter");
                assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
            });
        }
        assertThat(projected).containsExactly("1:Counted[counterId=" + id + ", by=2]", "2:Counted[counterId=" + id + ", by=3]");
    }

    @Test
    void a_decision_taken_on_a_stale_load_is_a_conflict_and_appends_nothing() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            Counter before = counters.load(c, id);
            counters.append(c, before, List.of(new Counted(id, 1)));
            assertThatThrownBy(() -> counters.append(c, before, List.of(new Counted(id, 1)))).isInstanceOf(ConcurrencyConflict.class);
            assertThat(counters.load(c, id).total()).isEqualTo(1);
        }
    }

    @Test
    void the_id_of_another_kind_of_aggregate_reads_as_no_aggregate_rather_than_failing_on_its_events() throws Exception {
        UUID other = UUID.randomUUID();
        appendInTransaction(other, 0, List.of(amount(7)));
        try (Connection c = dataSource.getConnection()) {
            assertThat(counters.load(c, other).version()).isZero();
        }
    }

    @Test
    void a_command_s_aggregate_that_is_not_there_or_of_another_kind_is_not_found() throws Exception {
        UUID other = UUID.randomUUID();
        appendInTransaction(other, 0, List.of(amount(7)));
        UUID counted = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            counters.append(c, counters.load(c, counted), List.of(new Counted(counted, 4)));
            assertThat(counters.require(c, counted, "counter").total()).isEqualTo(4);
            assertThatThrownBy(() -> counters.require(c, other, "counter")).isInstanceOf(NotFound.class)
                    .hasMessage("counter " + other + " not found");
            assertThatThrownBy(() -> counters.require(c, UUID.randomUUID(), "counter")).isInstanceOf(NotFound.class);
        }
    }
}
