package cn.wanggezhili.points.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.domain.SettlementCredit;
import cn.wanggezhili.points.domain.SubjectType;
import org.jboss.logging.Logger;

/**
 * Settlements noted by the scoring consumer, credited one per transaction: the account is locked before anything is
 * written, so the append takes its transaction id after every earlier writer of that account committed and the
 * account's events reach the topic in order (ADR 0001). The consumer's own transaction has written its position by
 * then, which is why it only notes the settlement. Safe in every instance at once.
 */
@ApplicationScoped
public class PendingCredits {

    private static final Logger LOG = Logger.getLogger(PendingCredits.class);

    @Inject
    Database database;

    @Inject
    CreditSettlementHandler credits;

    /** Called by the consumer, on its connection: a settlement seen before is noted once. */
    public void note(Connection c, SettlementCredit credit) {
        Sql.update(c, """
                insert into pending_credit (settlement_id, subject_type, subject_id, subject_name, code, quarter, points)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (settlement_id) do nothing
                """, credit.settlementId(), credit.subjectType(), credit.subjectId(), credit.subjectName(), credit.code(),
                credit.quarter(), credit.points());
    }

    @Scheduled(every = "${points-store.credit-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Credits every noted settlement; returns how many were applied by this run. */
    public int run() {
        List<SettlementCredit> pending = database.run(c -> Sql.list(c, """
                select * from pending_credit order by received_at limit 500
                """, rs -> new SettlementCredit(rs.getObject("settlement_id", java.util.UUID.class),
                SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"), rs.getString("subject_name"),
                rs.getString("code"), rs.getString("quarter"), rs.getInt("points"))));
        int applied = 0;
        for (SettlementCredit credit : pending) {
            if (QuarkusTransaction.requiringNew().call(() -> apply(credit))) {
                applied++;
            }
        }
        if (applied > 0) {
            LOG.debugf("%d settlements credited", applied);
        }
        return applied;
    }

    /** The credit's append first (the handler locks the account before it writes), then the note is done with. */
    private boolean apply(SettlementCredit credit) {
        credits.handle(credit);
        // another instance may have taken it first: then this delete finds nothing and the credit above was a no-op
        return database.run(c -> Sql.update(c, "delete from pending_credit where settlement_id = ?", credit.settlementId())) == 1;
    }
}
