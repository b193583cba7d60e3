package cn.wanggezhili.dispatch.app;

import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.quarkus.AggregateRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Task dispatch's two aggregates, each with the read model its appends keep in the same transaction. */
@ApplicationScoped
public class DispatchRepositories {

    @Produces
    @Singleton
    AggregateRepository<Task, TaskEvent> tasks(AggregateRepositories repositories, TaskReadModel readModel) {
        return repositories.of(DispatchEvents.TASK_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version(), stored.occurredAt())));
    }

    @Produces
    @Singleton
    AggregateRepository<Plan, PlanEvent> plans(AggregateRepositories repositories, PlanReadModel readModel) {
        return repositories.of(PlanEvents.PLAN_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version(), stored.occurredAt())));
    }
}
