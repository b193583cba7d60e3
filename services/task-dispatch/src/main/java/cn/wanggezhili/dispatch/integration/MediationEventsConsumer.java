package cn.wanggezhili.dispatch.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.consumer.Subscription;

/**
 * Cases the mediation studio opened from dispute tasks, and how they ended, from mediation.events. Only notes them
 * (mediation_link): the task changes in a transaction of its own ({@code MediationReferrals}), since appending to it
 * after this transaction's first write could put its events on the topic out of order (ADR 0001).
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
            if ("TASK".equals(p.text("source")) && p.uuid("sourceTaskId") != null) {
                Sql.update(c, """
                        insert into mediation_link (case_id, task_id, noted_at) values (?, ?, ?)
                        on conflict (case_id) do nothing
                        """, p.uuid("caseId"), p.uuid("sourceTaskId"), event.occurredAt());
            }
        } else if (CASE_CLOSED.equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            // cases not opened from a task have no link: nothing to update
            Sql.update(c, "update mediation_link set outcome = ? where case_id = ?", p.text("outcome"), p.uuid("caseId"));
        }
    }
}
