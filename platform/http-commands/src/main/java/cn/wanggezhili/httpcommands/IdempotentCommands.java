package cn.wanggezhili.httpcommands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/**
 * Commands with an {@code Idempotency-Key}: the first request runs and its answer is stored in the same
 * transaction as its events; a retry with the same key and request gets that answer again and appends nothing.
 * Answers are kept for {@code http-commands.idempotency.retention} (default a day, as long as clients are expected
 * to retry); after that the key counts as new, and {@link IdempotencyKeyPurge} deletes them.
 * A concurrent retry waits on a transaction-scoped advisory lock of the key until the first commits. If the command
 * fails, nothing is stored and a retry runs it again.
 * <p>The lock is not a write: the command's append stays its transaction's first write, which keeps each stream's
 * events in commit order on the topic (ADR 0001); the answer is written after it.
 */
@ApplicationScoped
public class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(? || ' ' || ?, 7))";
    /** The answer while it is kept; an expired one is as if the key were new. */
    private static final String STORED = """
            select request_hash, status, body, location from idempotency_key
             where key = ? and caller = ? and created_at > now() - make_interval(secs => ?)
            """;
    /** An expired answer not yet purged is replaced: the key was used again after the retention. */
    private static final String ANSWER = """
            insert into idempotency_key (key, caller, request_hash, status, body, location) values (?, ?, ?, ?, ?, ?)
            on conflict (key, caller) do update
               set request_hash = excluded.request_hash, status = excluded.status, body = excluded.body,
                   location = excluded.location, created_at = now()
            """;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencySettings settings;

    @Transactional
    public Response execute(String key, String caller, Object request, Supplier<Response> command) {
        if (key == null) {
            return command.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badField(HEADER, "must be 1 to 200 characters");
        }
        String hash = fingerprint(request);
        try (Connection c = dataSource.getConnection()) {
            lock(c, key, caller);
            Response stored = replay(c, key, caller, hash);
            if (stored != null) {
                return stored;
            }
            Response response = command.get();
            store(c, key, caller, hash, response);
            return response;
        } catch (SQLException e) {
            throw new EventStoreException("idempotency record for a command failed", e);
        }
    }

    private static void lock(Connection c, String key, String caller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, key);
            ps.setString(2, caller);
            ps.executeQuery().close();
        }
    }

    private void store(Connection c, String key, String caller, String hash, Response response) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ANSWER)) {
            ps.setString(1, key);
            ps.setString(2, caller);
            ps.setString(3, hash);
            ps.setInt(4, response.getStatus());
            ps.setString(5, response.hasEntity() ? write(response.getEntity()) : null);
            ps.setString(6, response.getLocation() == null ? null : response.getLocation().toString());
            ps.executeUpdate();
        }
    }

    /** The stored answer to this key, or null when the key is new. */
    private Response replay(Connection c, String key, String caller, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STORED)) {
            ps.setString(1, key);
            ps.setString(2, caller);
            ps.setDouble(3, settings.retention().toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!hash.equals(rs.getString("request_hash"))) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "this Idempotency-Key was used for a different request");
                }
                Response.ResponseBuilder answer = Response.status(rs.getInt("status")).header(REPLAYED_HEADER, "true");
                if (rs.getString("body") != null) {
                    answer.entity(rs.getString("body")).type(MediaType.APPLICATION_JSON_TYPE);
                }
                if (rs.getString("location") != null) {
                    answer.header("Location", rs.getString("location"));
                }
                return answer.build();
            }
        }
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
