package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.Replay;
import cn.wanggezhili.sql.Database;

/** Drops every figure and computes it again from the journal, in one transaction: readers see old or new, never half. */
@ApplicationScoped
public class FigureRebuild {

    @Inject
    Database database;

    @Inject
    EventStore store;

    @Inject
    Instance<SuiteReadModel> readModels;

    /** Returns how many events were replayed. */
    @Transactional
    public long rebuild() {
        return database.run(c -> {
            readModels.forEach(m -> m.clear(c));
            return Replay.all(c, store, e -> readModels.forEach(m -> m.apply(c, e)));
        });
    }
}
