package cn.wanggezhili.dispatch.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.MediationReferralWork;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.consumer.Subscription;

/**
 * Cases the mediation studio opened from dispute tasks, and how they ended, from mediation.events. Keeps which task
 * each case came from (mediation_link: CaseClosed does not name the task) and only notes the work in the inbox: the
 * task changes in a transaction of its own ({@code MediationReferralWork}), since appending to it after this
 * transaction's first write could put its events on the topic out of order (ADR 0001).
 */
@ApplicationScoped
public class MediationEventsConsumer implements Subscription {

    static final String CASE_REGISTERED = "mediation.CaseRegistered.v1";
    static final String CASE_CLOSED = "mediation.CaseClosed.v1";

    @Override
    public String consumerName() {
        return "task-dispatch.mediation";
    }

    @Override
    public List<String> topics() {
        return List.of("mediation.events");
    }

    @Override
    public boolean wants(String eventType) {
        return CASE_REGISTERED.equals(eventType) || CASE_CLOSED.equals(eventType);
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        if (CASE_REGISTERED.equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            UUID caseId = p.uuid("caseId");
            UUID taskId = p.uuid("sourceTaskId");
            // a case registered again must not replace the note of its end, should that wait still
            if ("TASK".equals(p.text("source")) && taskId != null && Sql.update(c,
                    "insert into mediation_link (case_id, task_id) values (?, ?) on conflict (case_id) do nothing",
                    caseId, taskId) > 0) {
                MediationReferralWork.note(c, caseId, taskId, null);
            }
        } else if (CASE_CLOSED.equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            UUID caseId = p.uuid("caseId");
            // cases not opened from a task have no link: nothing to follow
            Sql.one(c, "select task_id from mediation_link where case_id = ?", rs -> rs.getObject(1, UUID.class), caseId)
                    .ifPresent(taskId -> MediationReferralWork.note(c, caseId, taskId, p.text("outcome")));
        }
    }
}
