package cn.wanggezhili.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.readpolicy.suite.RegistryReadPolicy;

/** The read policy this service's live stream applies per event type; REST reads by the same declarations. */
@ApplicationScoped
public class StreamReadPolicy {

    @Produces
    @ApplicationScoped
    EventReadPolicy policy() {
        return RegistryReadPolicy.events();
    }
}
