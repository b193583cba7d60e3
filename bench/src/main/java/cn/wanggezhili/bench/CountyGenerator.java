package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a generated county straight into the registry's read-model tables with set-based SQL (generate_series),
 * as the projectors would have left them (the per-unit population table included): the subtree queries read only
 * these tables. Ids are md5 of a name ({@code unit-<code>}, {@code household-<n>}), so that parents, households and
 * residents find each other without joins and every run generates the same rows. Codes follow the registry's rules:
 * townships round-robin over streets (001-), towns (100-) and townships (200-), so township 001 exists; communities
 * 001- and villages 200- alternate; grids and micro-grids 001-. Household n sits on micro-grid (n - 1) mod M + 1 and
 * resident r in household (r - 1) mod H + 1: registration order sweeps the county, as onboarding waves would.
 */
final class CountyGenerator {

    static final int MICRO_GRID_LEVEL = 5;

    private static final String UNIT_COLUMNS =
            "insert into grid_unit_view (id, code, name, level, kind, parent_id, parent_code, retired, version, updated_at)\n";

    private static final String COUNTY = UNIT_COLUMNS + """
            values (md5('unit-' || ?)::uuid, ?, '侯马市', 1, 'COUNTY', null, null, false, 1, now())
            """;

    private static final String TOWNSHIPS = UNIT_COLUMNS + """
            select md5('unit-' || code)::uuid, code, name, 2, kind, md5('unit-' || ?)::uuid, ?, false, 1, now()
              from (select ? || lpad(seg::text, 3, '0') || '000' as code,
                           (array['街道', '镇', '乡'])[k + 1] || seg as name,
                           (array['STREET', 'TOWN', 'TOWNSHIP'])[k + 1] as kind
                      from (select (i - 1) % 3 as k, (array[0, 99, 199])[(i - 1) % 3 + 1] + (i - 1) / 3 + 1 as seg
                              from generate_series(1, ?) i) s) t
            """;

    private static final String VILLAGES = UNIT_COLUMNS + """
            select md5('unit-' || code)::uuid, code, name, 3, kind, parent_id, parent_code, false, 1, now()
              from (select substr(t.code, 1, 9) || lpad(v.seg::text, 3, '0') as code, t.id as parent_id,
                           t.code as parent_code, v.name || v.seg as name, v.kind
                      from grid_unit_view t
                     cross join (select case when j % 2 = 1 then (j + 1) / 2 else 199 + j / 2 end as seg,
                                        case when j % 2 = 1 then '社区' else '村' end as name,
                                        case when j % 2 = 1 then 'COMMUNITY' else 'VILLAGE' end as kind
                                   from generate_series(1, ?) j) v
                     where t.level = 2
                     order by 1) s
            """;

    /** Grids under villages, micro-grids under grids: level, name, children per parent, parent level. */
    private static final String GRID_UNITS = UNIT_COLUMNS + """
            select md5('unit-' || code)::uuid, code, name, ?, 'GRID_UNIT', parent_id, parent_code, false, 1, now()
              from (select p.code || lpad(g::text, 3, '0') as code, p.id as parent_id, p.code as parent_code,
                           '第' || g || ? as name
                      from grid_unit_view p cross join generate_series(1, ?) g
                     where p.level = ?
                     order by 1) s
            """;

    private static final String ISSUED_CODES = """
            insert into issued_code (code, unit_id, issued_at) select code, id, updated_at from grid_unit_view
            """;

    /** A grid chief per village, a grid worker per grid, an information officer per ten micro-grids. */
    private static final String POSTS = """
            insert into staff_assignment_view (assignment_id, unit_id, unit_code, staff_id, staff_name, username, role, since)
            select md5('post-' || role || code)::uuid, id, code, md5('staff-' || role || code)::uuid,
                   (array['张', '王', '李', '赵', '刘', '陈', '杨', '黄'])[abs(hashtext(code)) % 8 + 1] || '*',
                   lower(replace(role, '_', '-')) || '-' || code, role, now() - interval '30 days'
              from (select id, code, case level when 3 then 'GRID_CHIEF' when 4 then 'GRID_WORKER'
                                                else 'INFORMATION_OFFICER' end as role
                      from grid_unit_view
                     where level in (3, 4) or (level = ? and right(code, 3)::int % 10 = 1)) u
            """;

    private static final String MICRO_GRIDS = """
            create temporary table bench_micro_grid as
            select row_number() over (order by code) as n, id, code from grid_unit_view where level = %d
            """.formatted(MICRO_GRID_LEVEL);

    /** Household n: micro-grid (n - 1) mod M + 1; R div H residents, one more for the first R mod H households. */
    private static final String HOUSEHOLDS = """
            insert into household_view (id, unit_id, unit_code, number, resident_count, version, registered_at)
            select md5('household-' || h)::uuid, m.id, m.code, lpad(((h - 1) / ? + 1)::text, 4, '0'),
                   c.residents, 1 + c.residents, now()
              from generate_series(1, ?) h
              join bench_micro_grid m on m.n = (h - 1) % ? + 1
             cross join lateral (select ?::int / ?::int + case when h <= ?::int % ?::int then 1 else 0 end as residents) c
            """;

    /** Resident r: household (r - 1) mod H + 1, whose micro-grid follows from the household's number. */
    private static final String RESIDENTS = """
            insert into resident_view (id, household_id, unit_code, relation, masked_name, masked_id_number, masked_phone)
            select md5('resident-' || r)::uuid, md5('household-' || ((r - 1) % ? + 1))::uuid, m.code,
                   case when r <= ? then '户主' else (array['配偶', '子女', '父母', '孙子女', '其他'])[r % 5 + 1] end,
                   (array['张', '王', '李', '赵', '刘', '陈', '杨', '黄'])[r % 8 + 1] || case when r % 3 = 0 then '**' else '*' end,
                   '1410' || repeat('*', 10) || lpad((r % 10000)::text, 4, '0'),
                   '1' || (array['38', '39', '58', '86'])[r % 4 + 1] || '****' || lpad((r * 7 % 10000)::text, 4, '0')
              from generate_series(1, ?) r
              join bench_micro_grid m on m.n = ((r - 1) % ?) % ? + 1
            """;

    /** Households and residents per unit, as the household projector keeps them (V2__create_unit_population.sql). */
    private static final String POPULATION = """
            insert into unit_population (unit_id, unit_code, households, residents)
            select unit_id, unit_code, count(*), sum(resident_count) from household_view group by unit_id, unit_code
            """;

    private final CountyShape shape;

    CountyGenerator(CountyShape shape) {
        this.shape = shape;
    }

    /** Fills the empty read model on {@code c} (autocommit: one transaction per step); returns seconds per step. */
    Map<String, Double> load(Connection c) throws SQLException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        String county = shape.countyCode();
        timed(seconds, "units", () -> {
            update(c, COUNTY, county, county);
            update(c, TOWNSHIPS, county, county, shape.countyPrefix(), shape.townships());
            update(c, VILLAGES, shape.villagesPerTownship());
            update(c, GRID_UNITS, 4, "网格", shape.gridsPerVillage(), 3);
            update(c, GRID_UNITS, MICRO_GRID_LEVEL, "微网格", shape.microGridsPerGrid(), 4);
        });
        timed(seconds, "issued codes", () -> update(c, ISSUED_CODES));
        timed(seconds, "staff posts", () -> update(c, POSTS, MICRO_GRID_LEVEL));
        int m = shape.microGrids();
        int h = shape.households();
        int r = shape.residents();
        timed(seconds, "households", () -> {
            update(c, MICRO_GRIDS);
            update(c, "analyze bench_micro_grid");
            update(c, HOUSEHOLDS, m, h, m, r, h, r, h);
        });
        timed(seconds, "residents", () -> update(c, RESIDENTS, h, h, r, h, m));
        timed(seconds, "population per unit", () -> update(c, POPULATION));
        update(c, "drop table bench_micro_grid");
        // fresh rows have no visibility map and no statistics: without this, the first runs would pay for both
        timed(seconds, "vacuum analyze + checkpoint", () -> {
            update(c, "vacuum (analyze)");
            update(c, "checkpoint");
        });
        return seconds;
    }

    private static void timed(Map<String, Double> seconds, String step, SqlStep work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        double took = (System.nanoTime() - start) / 1e9;
        seconds.put(step, took);
        System.err.printf("county: %-28s %6.1f s%n", step, took);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        if (params.length == 0) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
