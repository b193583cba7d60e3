package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.dispatch.domain.TaskTypeCatalogue;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** The task types in use: the built-in catalogue and the types this county added (table task_type). */
@ApplicationScoped
public class TaskTypes implements TaskTypeCatalogue {

    @Inject
    Database database;

    public Optional<TaskType> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<TaskType> builtIn = TaskType.byCode(code);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return database.run(c -> Sql.one(c, "select definition::text from task_type where code = ?", rs -> read(rs.getString(1)), code));
    }

    /** The type a command names, or 400 on {@code typeCode}. */
    public TaskType known(String code) {
        return byCode(code).orElseThrow(() -> new InvalidInput("typeCode", "unknown task type " + code));
    }

    @Override
    public boolean has(String code) {
        return byCode(code).isPresent();
    }

    public List<TaskType> all() {
        List<TaskType> all = new ArrayList<>(TaskType.CATALOGUE);
        all.addAll(database.run(c -> Sql.list(c, "select definition::text from task_type order by code", rs -> read(rs.getString(1)))));
        return all;
    }

    /** The Chinese name of a type, or its code when unknown (e.g. a type removed since). */
    public String nameZh(String code) {
        return byCode(code).map(TaskType::nameZh).orElse(code);
    }

    static String write(TaskType type) {
        try {
            return EventCodec.json().writeValueAsString(type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TaskType read(String json) {
        try {
            return EventCodec.json().readValue(json, TaskType.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored task type unreadable", e);
        }
    }
}
