package cn.wanggezhili.dispatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Objects;
import java.util.UUID;
import cn.wanggezhili.consumer.Inbox;
import cn.wanggezhili.consumer.InboxItem;
import cn.wanggezhili.consumer.InboxWork;
import cn.wanggezhili.dispatch.app.Commands.FollowMediationCase;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.EventCodec;

/**
 * Dispute tasks follow the cases mediation opened from them: the task waits in mediation while its case runs, closes
 * when the case ends in an agreement, a failure or a withdrawal, and goes back to its owner when the studio declines
 * it. The consumer of mediation.events notes each case ({@link #note}: one note per case, the latest wins, so a case
 * that ended before its task followed it is worked once, with its outcome); the inbox runner works each note in a
 * transaction of its own whose first write is the task's append ({@link FollowMediationCaseHandler}, ADR 0001/0008).
 * Safe in every instance at once: of two working one note, the second's append conflicts.
 */
@ApplicationScoped
public class MediationReferralWork implements InboxWork {

    public static final String INBOX = "mediation-referrals";

    /** A note's payload: the case, the task it was opened from, and its outcome once it ended (null while it runs). */
    public record Referral(UUID caseId, UUID taskId, String outcome) {

        public Referral {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(taskId, "taskId");
        }
    }

    @Inject
    FollowMediationCaseHandler follow;

    /** Notes, on the consumer's connection, that the task must follow the case (keyed by the case). */
    public static void note(Connection c, UUID caseId, UUID taskId, String outcome) {
        try {
            Inbox.note(c, INBOX, caseId.toString(), EventCodec.json().writeValueAsString(new Referral(caseId, taskId, outcome)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("referral not written", e);
        }
    }

    @Override
    public String inbox() {
        return INBOX;
    }

    @Override
    public void handle(InboxItem item) {
        Referral referral = read(item.payload());
        follow.handle(new FollowMediationCase(referral.caseId(), new TaskId(referral.taskId()), referral.outcome()));
    }

    static Referral read(String payload) {
        try {
            return EventCodec.json().readValue(payload, Referral.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable referral: " + payload, e);
        }
    }
}
