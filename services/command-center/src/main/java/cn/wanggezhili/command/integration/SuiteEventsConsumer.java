package cn.wanggezhili.command.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.command.app.Journal;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;

/**
 * Reads every service's topic. One consumer for all of them keeps each aggregate's events in order in the journal
 * (an aggregate lives on one topic and partition) and applies them to the figures in the same transaction.
 */
@ApplicationScoped
public class SuiteEventsConsumer implements Subscription {

    static final List<String> TOPICS = List.of("grid-registry.events", "task-dispatch.events", "scoring.events",
            "mediation.events", "points-store.events");

    @Inject
    Journal journal;

    @Override
    public String consumerName() {
        return "command-center.suite";
    }

    @Override
    public List<String> topics() {
        return TOPICS;
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        journal.record(c, event);
    }
}
