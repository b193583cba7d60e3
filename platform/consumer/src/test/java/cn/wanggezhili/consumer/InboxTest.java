package cn.wanggezhili.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox's notes on real Postgres: the latest note per key, done only as read, failures backing off. */
class InboxTest extends ConsumerTestSupport {

    static final String REVIEWS = "star-reviews";

    @Test
    void a_note_is_due_at_once_and_gone_when_its_work_is_done() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Inbox.note(c, REVIEWS, "household-1", "{\"household\":1}");
            List<InboxItem> due = Inbox.due(c, REVIEWS, 10);
            assertThat(due).singleElement().satisfies(item -> {
                assertThat(item.key()).isEqualTo("household-1");
                assertThat(item.payload()).isEqualTo("{\"household\": 1}");
                assertThat(item.attempts()).isZero();
            });
            assertThat(Inbox.done(c, due.get(0))).isTrue();
            assertThat(Inbox.waiting(c, REVIEWS)).isZero();
        }
    }

    @Test
    void a_key_noted_again_while_its_work_runs_is_worked_again_not_lost() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Inbox.note(c, REVIEWS, "household-2", "{\"n\":1}");
            InboxItem read = Inbox.due(c, REVIEWS, 10).get(0);
            Inbox.note(c, REVIEWS, "household-2", "{\"n\":2}");
            assertThat(Inbox.done(c, read)).as("the older note's work does not remove the newer note").isFalse();
            assertThat(Inbox.due(c, REVIEWS, 10)).singleElement()
                    .satisfies(item -> assertThat(item.payload()).isEqualTo("{\"n\": 2}"));
        }
    }

    @Test
    void failed_work_backs_off_keeps_its_error_and_another_inbox_s_notes_are_apart() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Inbox.note(c, REVIEWS, "household-3", "{}");
            Inbox.note(c, "pending-credits", "household-3", "{}");
            Inbox.failed(c, Inbox.due(c, REVIEWS, 10).get(0), "java.lang.IllegalStateException: boom");
            assertThat(Inbox.due(c, REVIEWS, 10)).as("not due again before its back-off").isEmpty();
            assertThat(Inbox.waiting(c, REVIEWS)).as("but kept").isEqualTo(1);
            assertThat(count("select count(*) from inbox where attempts = 1 and last_error like '%boom'")).isEqualTo(1);
            assertThat(Inbox.due(c, "pending-credits", 10)).hasSize(1);
        }
    }
}
