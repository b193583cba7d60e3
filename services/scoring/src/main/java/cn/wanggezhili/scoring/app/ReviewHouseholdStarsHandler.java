package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.scoring.app.Commands.ReviewHouseholdStars;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Re-evaluates the stars of a household a consumer noted ({@link StarReviews}), in a transaction of its own that
 * holds the household as a request does; scheduler-driven, so without a caller.
 */
@ApplicationScoped
public class ReviewHouseholdStarsHandler {

    @Inject
    StarKeeper stars;

    @Inject
    Database database;

    /** True when the note was still the one read (a note made again meanwhile stays for the next run). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handle(ReviewHouseholdStars cmd) {
        HouseholdStars held = stars.hold(SubjectType.HOUSEHOLD, cmd.householdId());
        stars.review(cmd.householdId(), cmd.schemeCode(), cmd.code(), cmd.year(), held);
        return database.run(c -> Sql.update(c, "delete from star_review where household_id = ? and scheme_code = ? and year = ? and token = ?",
                cmd.householdId(), cmd.schemeCode(), cmd.year(), cmd.token())) == 1;
    }
}
