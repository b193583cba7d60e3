package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/** Point schemes as versioned data: publishing a code again makes its next version; readers get the latest. */
@ApplicationScoped
public class Schemes {

    @Inject
    EventLog log;

    @Inject
    Subjects subjects;

    /** Published versions never change: each is parsed once (a trigger looks its scheme up for every event). */
    private final java.util.Map<String, Scheme> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** County or township administrators publish schemes for their unit; every version stays readable. */
    @Transactional
    public Scheme publish(Scheme draft, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        requireCovers(caller, new GridCode(draft.unitCode()));
        return log.run(c -> {
            Scheme scheme = draft.withVersion(log.schemeVersion(c, draft.code()) + 1).validated();
            log.appendScheme(c, new SchemePublished(scheme, scheme.unitCode(), subjects.asActor(c, caller), log.now()));
            return scheme;
        });
    }

    public Scheme latest(String code) {
        return log.run(c -> latest(c, code)).orElseThrow(() -> ProblemException.notFound("scheme " + code));
    }

    public Scheme version(String code, int version) {
        return log.run(c -> version(c, code, version)).orElseThrow(() -> ProblemException.notFound("scheme " + code + " v" + version));
    }

    public Optional<Scheme> latest(Connection c, String code) {
        return Sql.one(c, "select max(version) from scheme_view where code = ?", rs -> (Integer) rs.getObject(1), code)
                .flatMap(v -> version(c, code, v));
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

    /** The latest version of every scheme. */
    public List<Scheme> all() {
        return log.run(c -> Sql.list(c, """
                select distinct on (code) body::text from scheme_view order by code, version desc
                """, rs -> read(rs.getString(1))));
    }

    /** Every event type some scheme's indicator may be triggered by (any event of another type scores nothing). */
    public Set<String> triggerTypes(Connection c) {
        return Set.copyOf(Sql.list(c, "select distinct event_type from trigger_index", rs -> rs.getString(1)));
    }

    /** Latest schemes with an indicator that this event type may trigger. */
    public List<Scheme> triggeredBy(Connection c, String eventType) {
        return Sql.list(c, """
                select s.code, max(s.version) from scheme_view s
                 where s.code in (select scheme_code from trigger_index where event_type = ?) group by s.code order by s.code
                """, rs -> version(c, rs.getString(1), rs.getInt(2)).orElseThrow(), eventType);
    }

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
