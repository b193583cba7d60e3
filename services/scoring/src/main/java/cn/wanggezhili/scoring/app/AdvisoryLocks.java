package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Transaction-scoped advisory locks: what one transaction holds, another waits for until the first commits. A lock
 * is not a write, so a command that takes it before its first write still takes its transaction id at its first
 * append (ADR 0001).
 */
@ApplicationScoped
public class AdvisoryLocks {

    @Inject
    Database database;

    /** Holds a stream (a settlement run, a ranking) by its id, e.g. so that a second run finds the first one's events. */
    public void hold(UUID stream) {
        database.run(c -> Sql.one(c, "select pg_advisory_xact_lock(?)", rs -> 0, stream.getMostSignificantBits()));
    }

    /** Holds something named by {@code key} (a household's stars, a capped indicator's month). */
    public void hold(String key) {
        database.run(c -> Sql.list(c, "select pg_advisory_xact_lock(hashtextextended(?, 11))", rs -> null, key));
    }
}
