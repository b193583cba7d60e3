package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** Reads of quarterly settlement runs (一季一兑现). */
@ApplicationScoped
public class SettlementQueries {

    public record SettlementView(UUID id, String code, String quarter, int subjectsCredited, int pointsCredited,
                                 int subjectsWithoutPoints, int subjectsSettledBefore, String settledBy, Instant settledAt) {
    }

    @Inject
    Database database;

    public SettlementView get(UUID id, Caller caller) {
        SettlementView view = find(id).orElseThrow(() -> new NotFound("settlement", id));
        GridScopeGuard.requireCovers(caller, new GridCode(view.code()));
        return view;
    }

    /** The run, if the unit's quarter has been settled. */
    public Optional<SettlementView> find(UUID runId) {
        return database.run(c -> Sql.one(c, "select * from quarter_settlement where run_id = ?", SettlementQueries::row, runId));
    }

    private static SettlementView row(ResultSet rs) throws SQLException {
        return new SettlementView(rs.getObject("run_id", UUID.class), rs.getString("code"), rs.getString("quarter"),
                rs.getInt("subjects_credited"), rs.getInt("points_credited"), rs.getInt("subjects_without_points"),
                rs.getInt("subjects_settled_before"), rs.getString("settled_by"), Sql.instant(rs, "settled_at"));
    }
}
