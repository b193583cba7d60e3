package cn.wanggezhili.dispatch.projection;

import cn.wanggezhili.eventstore.EventStoreSchema;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Brings the event machinery's tables up to date before this service's migrations run (quarkus.flyway.callbacks), so
 * that these may use them: V7 moves the old note tables' work into {@code inbox}. Quarkus runs the service's
 * migrations at start, before the event store's own start-up migration, which then finds nothing left to do.
 */
public class EventTablesFirst implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    /** It works on connections of its own, not in Flyway's transaction. */
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        EventStoreSchema.migrate(context.getConfiguration().getDataSource());
    }

    @Override
    public String getCallbackName() {
        return "event tables first";
    }
}
