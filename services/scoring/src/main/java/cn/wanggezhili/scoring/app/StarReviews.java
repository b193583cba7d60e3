package cn.wanggezhili.scoring.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.scoring.app.Commands.ReviewHouseholdStars;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import org.jboss.logging.Logger;

/**
 * Star re-evaluations asked for by consumers. A consumer's transaction has written its position before it reads a
 * household's star stream, so appending star events there could publish them out of order (ADR 0001) and a
 * concurrent change to the same household would send the event to the dead letters. A triggered household entry
 * therefore only notes its household here, in the consumer's transaction; each noted household is then re-evaluated
 * in a transaction of its own ({@link ReviewHouseholdStarsHandler}, under {@link StarKeeper#hold}). A note made again
 * while its review runs gets a new token, so the review deletes only the note it read and a later entry is reviewed
 * again. Safe in every instance.
 */
@ApplicationScoped
public class StarReviews {

    private static final Logger LOG = Logger.getLogger(StarReviews.class);

    @Inject
    Database database;

    @Inject
    ReviewHouseholdStarsHandler reviews;

    /** On the consumer's connection: the household's stars on the scheme and year are to be re-evaluated. */
    public void note(Connection c, String householdId, String schemeCode, int year, String code) {
        Sql.update(c, """
                insert into star_review (household_id, scheme_code, year, code, token) values (?, ?, ?, ?, gen_random_uuid())
                on conflict (household_id, scheme_code, year) do update set code = excluded.code, token = excluded.token
                """, householdId, schemeCode, year, code);
    }

    @Scheduled(every = "${scoring.star-review-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Re-evaluates every noted household; returns how many notes this run settled. */
    public int run() {
        List<ReviewHouseholdStars> noted = database.run(c -> Sql.list(c, """
                select household_id, scheme_code, year, code, token from star_review order by noted_at limit 500
                """, rs -> new ReviewHouseholdStars(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                rs.getObject(5, UUID.class))));
        int done = 0;
        for (ReviewHouseholdStars n : noted) {
            if (reviews.handle(n)) {
                done++;
            }
        }
        if (done > 0) {
            LOG.debugf("%d households' stars re-evaluated", done);
        }
        return done;
    }
}
