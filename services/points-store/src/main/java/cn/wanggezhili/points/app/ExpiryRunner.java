package cn.wanggezhili.points.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.app.Commands.ExpirePoints;
import cn.wanggezhili.points.domain.AccountId;
import org.jboss.logging.Logger;

/** Points past their county's expiry leave the accounts holding them, one ledger entry per lot. */
@ApplicationScoped
public class ExpiryRunner {

    private static final Logger LOG = Logger.getLogger(ExpiryRunner.class);

    @Inject
    Database database;

    @Inject
    ExpirePointsHandler expirePoints;

    @Inject
    Clock clock;

    @Scheduled(every = "${points-store.expiry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Expires every lot past its time; returns how many accounts lost points. */
    public int run() {
        List<UUID> due = database.run(c -> Sql.list(c, """
                select id from account_view where next_expiry <= ? and balance > 0 order by next_expiry limit 500
                """, rs -> rs.getObject(1, UUID.class), clock.instant()));
        int changed = 0;
        for (UUID id : due) {
            if (expire(new AccountId(id))) {
                changed++;
            }
        }
        if (changed > 0) {
            LOG.infof("points expired on %d accounts", changed);
        }
        return changed;
    }

    /** Each account in a transaction of its own, under its lock. */
    boolean expire(AccountId id) {
        return QuarkusTransaction.requiringNew().call(() -> expirePoints.handle(new ExpirePoints(id)));
    }
}
