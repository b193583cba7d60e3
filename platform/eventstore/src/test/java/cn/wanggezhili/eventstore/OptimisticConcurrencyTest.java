package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OptimisticConcurrencyTest extends EventStoreTestSupport {

    @RepeatedTest(5)
    void of_two_commands_racing_on_one_aggregate_one_wins_and_the_other_gets_a_conflict() throws Exception {
        UUID stream = UUID.randomUUID();
        appendInTransaction(stream, 0, List.of(amount(10)));
        CyclicBarrier bothLoaded = new CyclicBarrier(2);

        List<String> outcomes = new ArrayList<>();
        // a thread each: the common pool may have one thread on a 2-core machine, and both must wait at the barrier
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<String>> racers = new ArrayList<>();
            for (int amount : new int[] {1, 2}) {
                racers.add(CompletableFuture.supplyAsync(() -> decideAndAppend(stream, amount, bothLoaded), threads));
            }
            for (CompletableFuture<String> racer : racers) {
                outcomes.add(racer.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(outcomes).containsExactlyInAnyOrder("appended", "conflict");
        try (Connection c = dataSource.getConnection()) {
            List<StoredEvent> events = store.load(c, stream);
            assertThat(events).extracting(StoredEvent::version).containsExactly(1, 2);
        }
    }

    @Test
    void a_copy_of_another_store_s_event_is_recorded_once_at_its_own_version_and_the_transaction_goes_on() throws Exception {
        UUID stream = UUID.randomUUID();
        NewEvent third = amount(3);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThat(store.appendIfNew(c, stream, "test", 3, third)).get().extracting(StoredEvent::version).isEqualTo(3);
            assertThat(store.appendIfNew(c, stream, "test", 3, third)).as("held already").isEmpty();
            assertThat(store.appendIfNew(c, stream, "test", 4, amount(4))).as("the transaction is still usable").isPresent();
            c.commit();
            assertThat(store.load(c, stream)).extracting(StoredEvent::version).containsExactly(3, 4);
        }
    }

    /** Load the stream, wait until the rival has loaded too, then append at the version both saw. */
    private String decideAndAppend(UUID stream, int amount, CyclicBarrier bothLoaded) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int version = store.load(c, stream).size();
            bothLoaded.await(10, TimeUnit.SECONDS);
            try {
                store.append(c, stream, "test", version, List.of(amount(amount)));
                c.commit();
                return "appended";
            } catch (ConcurrencyConflict e) {
                c.rollback();
                return "conflict";
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
