package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.web.ProblemException;

/** Loads tasks from their events and appends new ones with the read model, in the caller's transaction. */
@ApplicationScoped
public class Tasks {

    @Inject
    Database database;

    @Inject
    TaskReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    private AggregateStreams<TaskEvent> streams;

    @Inject
    void streams(EventStore eventStore) {
        streams = new AggregateStreams<>(eventStore, DispatchEvents.TASKS, DispatchEvents.TASK, TaskEvent::code);
    }

    public Instant now() {
        return clock.instant();
    }

    public TaskId newId() {
        return new TaskId(ids.get());
    }

    public <T> T onConnection(Sql.Work<T> work) {
        return database.run(work);
    }

    /** The task, or 404. */
    public Task task(TaskId id) {
        Task task = onConnection(c -> Task.replay(streams.load(c, id.value())));
        if (!task.exists()) {
            throw ProblemException.notFound("task " + id);
        }
        return task;
    }

    public void append(Task task, List<? extends TaskEvent> events) {
        UUID stream = task.exists() ? task.id().value() : events.get(0).taskId().value();
        Instant at = now();
        onConnection(c -> {
            List<StoredEvent> stored = streams.append(c, stream, task.version(), events, at, ids);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
            return null;
        });
    }
}
