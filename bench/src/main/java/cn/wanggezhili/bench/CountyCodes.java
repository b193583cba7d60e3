package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import cn.wanggezhili.gridcode.GridCode;

/** The codes of the generated units per level, read back from the database, to pick random ones from. */
final class CountyCodes {

    /** GridCode.depth() of a county (province 1, city 2): level 1 of the registry's scheme. */
    private static final int COUNTY_DEPTH = 3;

    private final List<List<String>> byLevel;

    private CountyCodes(List<List<String>> byLevel) {
        this.byLevel = byLevel;
    }

    static CountyCodes read(Connection c, int levels) throws SQLException {
        List<List<String>> byLevel = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select code from grid_unit_view where level = ? order by code")) {
            for (int level = 1; level <= levels; level++) {
                ps.setInt(1, level);
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        codes.add(valid(rs.getString(1), level));
                    }
                }
                if (codes.isEmpty()) {
                    throw new IllegalStateException("no units of level " + level);
                }
                byLevel.add(List.copyOf(codes));
            }
        }
        return new CountyCodes(byLevel);
    }

    /** Generated codes must be codes the registry could have issued: well formed, at their level's depth. */
    private static String valid(String code, int level) {
        if (!GridCode.isWellFormed(code) || new GridCode(code).depth() != level + COUNTY_DEPTH - 1) {
            throw new IllegalStateException("generated an invalid code for level " + level + ": " + code);
        }
        return code;
    }

    String random(int level, SplittableRandom random) {
        List<String> codes = byLevel.get(level - 1);
        return codes.get(random.nextInt(codes.size()));
    }

    /** The highest code of a level: the last in code order, where a scan from the start costs most. */
    String last(int level) {
        List<String> codes = byLevel.get(level - 1);
        return codes.get(codes.size() - 1);
    }

    int count(int level) {
        return byLevel.get(level - 1).size();
    }
}
