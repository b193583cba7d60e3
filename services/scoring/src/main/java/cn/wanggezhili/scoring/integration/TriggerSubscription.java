package cn.wanggezhili.scoring.integration;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.scoring.app.PublishedSchemes;
import cn.wanggezhili.scoring.app.TriggeredEntries;

/**
 * Another service's topic read for the indicators whose triggers name its event types. Events of a type no scheme
 * names pass without a claim or a scheme lookup; the named types are read once a poll, so a scheme published before
 * the poll's records arrived counts for them. One consumer thread per subscription uses this state.
 */
abstract class TriggerSubscription implements Subscription {

    @Inject
    TriggeredEntries triggered;

    @Inject
    PublishedSchemes schemes;

    private Set<String> triggerTypes = Set.of();

    @Override
    public void beginPoll(Connection c) {
        triggerTypes = schemes.triggerTypes(c);
    }

    @Override
    public boolean wants(String eventType) {
        return triggerTypes.contains(eventType);
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        triggered.on(c, new TriggeredEntries.ForeignEvent(event.eventId(), event.eventType(), event.gridCode(),
                event.occurredAt(), JsonPayload.of(event.payload())::path));
    }
}
