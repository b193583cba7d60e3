package cn.wanggezhili.points.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.app.Commands.LapseRedemption;
import cn.wanggezhili.points.domain.RedemptionId;
import org.jboss.logging.Logger;

/**
 * Reservations not collected within the hold lapse and return their points and stock. Each lapses in its own
 * transaction under the redemption's lock, so a run racing a fulfilment or another instance changes nothing twice.
 */
@ApplicationScoped
public class LapseRunner {

    private static final Logger LOG = Logger.getLogger(LapseRunner.class);

    @Inject
    Database database;

    @Inject
    LapseRedemptionHandler lapse;

    @Inject
    Clock clock;

    @Scheduled(every = "${points-store.lapse-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Lapses every reservation past its hold; returns how many lapsed. */
    public int run() {
        List<UUID> due = database.run(c -> Sql.list(c, """
                select id from redemption_view where status = 'RESERVED' and expires_at <= ? order by expires_at limit 500
                """, rs -> rs.getObject(1, UUID.class), clock.instant()));
        int lapsed = 0;
        for (UUID id : due) {
            if (lapse.handle(new LapseRedemption(new RedemptionId(id)))) {
                lapsed++;
            }
        }
        if (lapsed > 0) {
            LOG.infof("%d reservations lapsed", lapsed);
        }
        return lapsed;
    }
}
