package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * The read policy this service's live stream applies per event type; REST reads by the same declarations. A case's
 * origin unit is looked up (case_view, written with the event) only for events on a unit above the caller's scope.
 */
@ApplicationScoped
public class StreamReadPolicy {

    @Inject
    Database database;

    @Produces
    @ApplicationScoped
    EventReadPolicy policy() {
        return MediationReadPolicy.events(this::coversOrigin);
    }

    /** The caller covers the unit the event's case was registered on (REST shows them the case, CaseQueries). */
    boolean coversOrigin(Caller caller, StoredEvent event) {
        return database.run(c -> Sql.one(c, "select origin_code from case_view where id = ?", rs -> rs.getString(1),
                event.streamId())).map(origin -> caller.covers(new GridCode(origin))).orElse(false);
    }
}
