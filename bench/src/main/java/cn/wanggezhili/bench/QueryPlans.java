package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements behind the measured endpoints, with the parameters bound as the
 * service binds them (custom plans). The SQL is copied from {@code GridUnitQueries}: keep the two in step.
 * Each statement runs once unexplained first, so that the plan shown ran on warm caches like the measured ones.
 */
final class QueryPlans {

    private static final String UNIT_COLUMNS =
            "u.id, u.code, u.name, u.level, u.kind, u.parent_code, u.retired, u.successor_codes, u.version, u.updated_at";
    static final String UNIT = "select " + UNIT_COLUMNS + " from grid_unit_view u where code = ?";
    static final String CHILDREN = "select " + UNIT_COLUMNS
            + " from grid_unit_view u where parent_id = ? and code > ? order by code limit ?";
    static final String LIST = "select " + UNIT_COLUMNS + """
             from grid_unit_view u
            where code like ? and code > ? and (?::int is null or level = ?) and (? or not retired)
            order by code limit ?
            """;
    static final String COUNT_UNITS = """
            select level, count(*) from grid_unit_view where code like ? and not retired
             group by level order by level
            """;
    static final String COUNT_HOUSEHOLDS = "select coalesce(sum(households), 0) from unit_population where unit_code like ?";
    static final String COUNT_RESIDENTS = "select coalesce(sum(residents), 0) from unit_population where unit_code like ?";
    static final String COVERAGE = """
            select * from staff_assignment_view where unit_code = any(?) and until is null
             order by length(unit_code) desc, role, since
            """;

    private static final Pattern COSTS = Pattern.compile("\\s*\\(cost=[^)]*\\)|\\s*\\(actual [^)]*\\)");

    record Plan(String label, String sql, List<String> lines) {

        double executionMillis() {
            return lines.stream().filter(l -> l.startsWith("Execution Time:"))
                    .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9.]", ""))).findFirst().orElse(-1);
        }

        /** The plan's nodes without costs, plus heap fetches, JIT and timing lines: what the report quotes. */
        List<String> summary() {
            List<String> out = new ArrayList<>();
            for (String line : lines) {
                String t = line.strip();
                if (line == lines.get(0) || t.startsWith("->") || t.startsWith("Heap Fetches") || t.startsWith("Workers Launched")
                        || t.startsWith("Timing:") || t.startsWith("Planning Time") || t.startsWith("Execution Time")
                        || t.startsWith("Index Cond") || t.startsWith("Filter") || t.startsWith("Rows Removed")) {
                    out.add(COSTS.matcher(line).replaceAll(""));
                }
            }
            return out;
        }
    }

    private final Connection connection;

    QueryPlans(Connection connection) {
        this.connection = connection;
    }

    /** Plans of the counts statements for one unit (prefix as GridCode.subtreePrefix() gives it). */
    List<Plan> counts(String scope, String prefix) throws SQLException {
        return List.of(
                explain("counts units, " + scope, COUNT_UNITS, prefix + "%"),
                explain("counts households, " + scope, COUNT_HOUSEHOLDS, prefix + "%"),
                explain("counts residents, " + scope, COUNT_RESIDENTS, prefix + "%"));
    }

    Plan unit(String code) throws SQLException {
        return explain("unit " + code, UNIT, code);
    }

    Plan children(String code) throws SQLException {
        return explain("children of " + code, CHILDREN, unitId(code), "", 101);
    }

    Plan list(String prefix, int level) throws SQLException {
        return explain("list level " + level + " under " + prefix, LIST, prefix + "%", "", level, level, false, 101);
    }

    Plan coverage(List<String> chain) throws SQLException {
        return explain("coverage of " + chain.get(0), COVERAGE, connection.createArrayOf("text", chain.toArray()));
    }

    private UUID unitId(String code) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select id from grid_unit_view where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private Plan explain(String label, String sql, Object... params) throws SQLException {
        execute(sql, params, false);
        return new Plan(label, sql, execute(sql, params, true));
    }

    private List<String> execute(String sql, Object[] params, boolean explain) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(explain ? "explain (analyze, buffers) " + sql : sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(explain ? rs.getString(1) : "");
                }
            }
        }
        return lines;
    }
}
