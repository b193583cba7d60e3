package cn.wanggezhili.scoring.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Mediation's events score indicators whose trigger names them (a case closed with an agreement, …). */
@ApplicationScoped
public class MediationEventsConsumer extends TriggerSubscription {

    @Override
    public String consumerName() {
        return "scoring.mediation";
    }

    @Override
    public List<String> topics() {
        return List.of("mediation.events");
    }
}
