package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import cn.wanggezhili.readpolicy.EventAccess.Holding;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.readpolicy.suite.DispatchReadPolicy;
import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;
import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;
import cn.wanggezhili.readpolicy.suite.RegistryReadPolicy;
import cn.wanggezhili.readpolicy.suite.ScoringReadPolicy;

/** The read policy this service's live stream applies per event type; REST reads by the same declarations. */
@ApplicationScoped
public class StreamReadPolicy {

    /**
     * Every service's events as their owner would show them, to watchers only. Holders are not known here: residents
     * and grid workers read their own accounts from the points store.
     */
    @Produces
    @ApplicationScoped
    EventReadPolicy policy() {
        return EventReadPolicy.union(RegistryReadPolicy.events(), DispatchReadPolicy.events(), ScoringReadPolicy.events(),
                MediationReadPolicy.events(Holding.NOBODY), PointsReadPolicy.events(Holding.NOBODY)).onlyFor(Watchers.ROLES);
    }
}
