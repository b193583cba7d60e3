package cn.wanggezhili.eventstore;

import cn.wanggezhili.sql.Sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements run often on one connection keep Postgres's generic plan, so the write paths (appends, claims, offsets,
 * projections) are not planned again at every execution. A grid subtree's {@code code like ?} must not: its generic
 * plan cannot use the code index, and after a few county-wide reads a village's read would scan the whole county.
 */
class SubtreePlanTest extends EventStoreTestSupport {

    private static final String SUBTREE = "select count(*) from subtree_plan_unit where code like ?";
    private static final String ONE_UNIT = "select count(*) from subtree_plan_unit where code = ?";

    @BeforeAll
    static void county() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists subtree_plan_unit");
            s.execute("create table subtree_plan_unit (code text primary key)");
            s.execute("create index subtree_plan_unit_prefix on subtree_plan_unit (code text_pattern_ops)");
            // 20 townships of 50 villages of 20 micro-grids
            s.execute("""
                    insert into subtree_plan_unit
                    select '141081' || lpad(t::text, 3, '0') || lpad(v::text, 3, '0') || lpad(g::text, 3, '0')
                      from generate_series(1, 20) t, generate_series(1, 50) v, generate_series(1, 20) g
                    """);
            s.execute("analyze subtree_plan_unit");
        }
    }

    @Test
    void a_subtree_read_is_planned_for_its_own_pattern_and_a_point_read_keeps_its_cached_plan() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 10; i++) {
                assertThat(Sql.count(c, SUBTREE, "141081%")).as("the county").isEqualTo(20_000);
                assertThat(Sql.count(c, ONE_UNIT, "141081001001001")).isEqualTo(1);
            }
            assertThat(Sql.count(c, SUBTREE, "141081007013%")).as("one village").isEqualTo(20);

            assertThat(Sql.count(c, "select count(*) from pg_prepared_statements where statement = ?", server(SUBTREE)))
                    .as("the subtree read is never kept as a prepared statement, so never given a generic plan").isZero();
            assertThat(Sql.count(c, "select sum(generic_plans) from pg_prepared_statements where statement = ?", server(ONE_UNIT)))
                    .as("the point read runs on its cached generic plan").isPositive();
        }
    }

    /** The statement's text as the server keeps it: pgjdbc numbers the parameters. */
    private static String server(String sql) {
        return sql.replace("?", "$1");
    }
}
