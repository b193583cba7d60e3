package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskStatus;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;

/**
 * Reads of tasks as Open311 service requests: where a task stands, who answers for it and when it last changed.
 * Like {@link TaskQueries}, every read is limited to the caller's scope on the task's current unit.
 */
@ApplicationScoped
public class Open311Queries {

    /** GeoReport v2: "first 1000 requests returned". */
    public static final int MAX_RESULTS = 1000;

    /** A task with the name of the unit it is on now and the time of its latest event. */
    public record RequestView(UUID id, String code, String originCode, String typeCode, String title, String status,
                              String ownerName, String unitName, Instant dueAt, Instant createdAt, Instant updatedAt,
                              int escalations, UUID duplicateOf) {
    }

    /**
     * What to list: tasks now on units under {@code under}; each further filter applies when given (not empty,
     * not null); {@code open} true keeps open tasks, false closed and cancelled ones, null both.
     */
    public record Filter(List<GridCode> under, List<UUID> ids, List<String> typeCodes, Instant from, Instant to, Boolean open) {

        public Filter {
            under = List.copyOf(Objects.requireNonNull(under, "under"));
            ids = ids == null ? List.of() : List.copyOf(ids);
            typeCodes = typeCodes == null ? List.of() : List.copyOf(typeCodes);
        }
    }

    // task_view keeps no time of the last change; the task's own stream has it (one index lookup per task)
    private static final String SELECT = """
            select t.id, t.code, t.origin_code, t.type_code, t.title, t.status, t.owner_name, u.name as unit_name,
                   t.due_at, t.created_at, (select max(e.occurred_at) from events e where e.stream_id = t.id) as updated_at,
                   t.escalations, t.duplicate_of
              from task_view t left join unit_directory u on u.code = t.code
            """;

    private static final String[] FINAL_STATUSES = Arrays.stream(TaskStatus.values())
            .filter(TaskStatus::isFinal).map(Enum::name).toArray(String[]::new);

    @Inject
    Database database;

    /** The task, or 404; 403 when it now sits outside the caller's scope. */
    public RequestView request(TaskId id, Caller caller) {
        RequestView view = database.run(c -> Sql.one(c, SELECT + " where t.id = ?", Open311Queries::row, id.value()))
                .orElseThrow(() -> new NotFound("service request", id));
        GridScopeGuard.requireCovers(caller, new GridCode(view.code()));
        return view;
    }

    /** Newest first, at most {@link #MAX_RESULTS}; every unit in {@code under} must lie in the caller's scope. */
    public List<RequestView> requests(Filter filter, Caller caller) {
        if (filter.under().isEmpty()) {
            return List.of();
        }
        filter.under().forEach(unit -> GridScopeGuard.requireCovers(caller, unit));
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        where.add("t.code like any(?)");
        params.add(filter.under().stream().map(u -> u.subtreePrefix() + "%").toArray(String[]::new));
        if (!filter.ids().isEmpty()) {
            where.add("t.id = any(?::uuid[])");
            params.add(filter.ids().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (!filter.typeCodes().isEmpty()) {
            where.add("t.type_code = any(?)");
            params.add(filter.typeCodes().toArray(String[]::new));
        }
        if (filter.from() != null) {
            where.add("t.created_at >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.add("t.created_at <= ?");
            params.add(filter.to());
        }
        if (filter.open() != null) {
            where.add(filter.open() ? "not (t.status = any(?))" : "t.status = any(?)");
            params.add(FINAL_STATUSES);
        }
        params.add(MAX_RESULTS);
        // only fixed fragments are joined here; every value travels as a parameter
        String sql = SELECT + " where " + String.join(" and ", where) + " order by t.created_at desc, t.id limit ?";
        return database.run(c -> Sql.list(c, sql, Open311Queries::row, params.toArray()));
    }

    private static RequestView row(ResultSet rs) throws SQLException {
        return new RequestView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("origin_code"),
                rs.getString("type_code"), rs.getString("title"), rs.getString("status"), rs.getString("owner_name"),
                rs.getString("unit_name"), Sql.instant(rs, "due_at"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getInt("escalations"), rs.getObject("duplicate_of", UUID.class));
    }
}
