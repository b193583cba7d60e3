package cn.wanggezhili.dispatch.app;

import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;

/** Work plans' event types, on the service's topic {@code task-dispatch.events} beside the tasks' (key = plan id). */
public final class PlanEvents {

    public static final String PLAN = "Plan";

    public static final EventCodec<PlanEvent> PLANS = new EventCodec<PlanEvent>()
            .register(DispatchEvents.type("PlanCreated"), PlanEvent.PlanCreated.class)
            .register(DispatchEvents.type("PlanRunDone"), PlanEvent.PlanRunDone.class)
            .register(DispatchEvents.type("PlanStopped"), PlanEvent.PlanStopped.class)
            .register(DispatchEvents.type("PlanUnitRecoded"), PlanEvent.PlanUnitRecoded.class);

    /** A plan's stream: the unit it covers on every event. */
    public static final AggregateType<Plan, PlanEvent> PLAN_STREAM = new AggregateType<>(PLAN, PLANS, PlanEvent::code,
            e -> e.planId().value(), Plan::replay, Plan::version);

    private PlanEvents() {
    }
}
