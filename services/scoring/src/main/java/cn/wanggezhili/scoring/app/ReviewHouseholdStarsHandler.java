package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.scoring.app.Commands.ReviewHouseholdStars;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.SubjectType;

/**
 * Re-evaluates the stars of a household a consumer noted ({@link StarReviewWork}), holding the household as a request
 * does; driven by the platform's inbox runner, so without a caller. It joins the runner's transaction (opened for this
 * note alone), whose first write is therefore its append, and in which the runner then deletes the note.
 */
@ApplicationScoped
public class ReviewHouseholdStarsHandler {

    @Inject
    StarKeeper stars;

    /** Appends what changed; nothing when the stars already stand as the household's entries say. */
    @Transactional
    public void handle(ReviewHouseholdStars cmd) {
        HouseholdStars held = stars.hold(SubjectType.HOUSEHOLD, cmd.householdId());
        stars.review(cmd.householdId(), cmd.schemeCode(), cmd.code(), cmd.year(), held);
    }
}
