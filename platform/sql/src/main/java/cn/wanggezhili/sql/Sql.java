package cn.wanggezhili.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;

/** Plain SQL with positional parameters, for projections and queries: one statement per call, no ORM. */
public final class Sql {

    /** A LIKE whose pattern is a parameter: {@code code like ?}, a grid subtree. */
    private static final Pattern LIKE_PARAMETER = Pattern.compile("\\blike\\s+\\?", Pattern.CASE_INSENSITIVE);

    private Sql() {
    }

    /**
     * Prepares {@code sql} on {@code c}. Postgres keeps one generic plan for a statement executed often on a connection
     * (plan_cache_mode auto), which spares planning on every write path. The exception is a LIKE on a parameter:
     * a generic plan cannot turn the pattern into an index range, so once a few whole-county patterns have made it
     * the cheaper choice, a village's subtree scans the county (bench/RESULTS.md, SubtreeQueryBench). Such a
     * statement is sent unnamed each time (pgjdbc's prepare threshold 0), which Postgres plans for its own pattern.
     */
    public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (LIKE_PARAMETER.matcher(sql).find()) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return ps;
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on one connection, e.g. several reads of one query method. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("statement failed: " + firstLine(sql), e);
        }
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new DatabaseException("query failed: " + firstLine(sql), e);
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) {
        List<T> rows = list(c, sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                ps.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof String[] array) {
                ps.setArray(i + 1, c.createArrayOf("text", array));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
