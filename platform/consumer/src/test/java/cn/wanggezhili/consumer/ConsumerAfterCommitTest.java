package cn.wanggezhili.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A consumer's after-commit hook (how a process's live streams learn that its consumer appended events) runs once
 * each poll has committed: what it reads on another connection already holds the poll's writes.
 */
class ConsumerAfterCommitTest extends ConsumerTestSupport {

    static final String CONSUMER = "after-commit";

    @Test
    void the_hook_runs_after_each_poll_commits_and_sees_what_the_poll_wrote() throws Exception {
        String topic = uniqueTopic("after-commit");
        for (int s = 0; s < 20; s++) {
            appendInTransaction(UUID.randomUUID(), 0, List.of(amount(1)));
        }
        publishAll(topic);
        List<Long> seenByHook = new CopyOnWriteArrayList<>();
        Runnable hook = () -> {
            try {
                seenByHook.add(count("select count(*) from stream_total"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, CONSUMER, List.of(topic), STREAM_TOTAL, hook)
                .start()) {
            awaitConsumed(CONSUMER, readTopic(topic, 20, Duration.ofSeconds(30)));
            await().atMost(Duration.ofSeconds(30)).until(() -> seenByHook.contains(20L));
        }
        assertThat(seenByHook).as("every run saw its own poll's rows, so none ran before its commit")
                .allSatisfy(rows -> assertThat(rows).isPositive())
                .isSorted();
    }
}
