package cn.wanggezhili.scoring.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * The published schemes as commands and triggers score with them: the latest version of a code, and the schemes an
 * event type may trigger. Published versions never change, so each is parsed once (a trigger looks its scheme up for
 * every event).
 */
@ApplicationScoped
public class PublishedSchemes {

    @Inject
    Database database;

    private final Map<String, Scheme> parsed = new ConcurrentHashMap<>();

    public Optional<Scheme> latest(String code) {
        return database.run(c -> Sql.one(c, "select max(version) from scheme_view where code = ?", rs -> (Integer) rs.getObject(1), code)
                .flatMap(v -> version(c, code, v)));
    }

    public Optional<Scheme> version(String code, int version) {
        return database.run(c -> version(c, code, version));
    }

    /** Every event type some scheme's indicator may be triggered by, on a consumer's connection. */
    public Set<String> triggerTypes(Connection c) {
        return Set.copyOf(Sql.list(c, "select distinct event_type from trigger_index", rs -> rs.getString(1)));
    }

    /** Latest schemes with an indicator that this event type may trigger, on the connection the entries are written on. */
    public List<Scheme> triggeredBy(Connection c, String eventType) {
        return Sql.list(c, """
                select s.code, max(s.version) from scheme_view s
                 where s.code in (select scheme_code from trigger_index where event_type = ?) group by s.code order by s.code
                """, rs -> version(c, rs.getString(1), rs.getInt(2)).orElseThrow(), eventType);
    }

    private Optional<Scheme> version(Connection c, String code, int version) {
        Scheme cached = parsed.get(code + ":" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Scheme> scheme = Sql.one(c, "select body::text from scheme_view where code = ? and version = ?",
                rs -> read(rs.getString(1)), code, version);
        scheme.ifPresent(s -> parsed.put(code + ":" + version, s));
        return scheme;
    }

    /** A scheme as the read model stores it. */
    public static String write(Scheme scheme) {
        try {
            return EventCodec.json().writeValueAsString(scheme);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scheme " + scheme.code(), e);
        }
    }

    static Scheme read(String json) {
        try {
            return EventCodec.json().readValue(json, Scheme.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored scheme", e);
        }
    }
}
