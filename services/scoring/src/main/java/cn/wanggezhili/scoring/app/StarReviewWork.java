package cn.wanggezhili.scoring.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import cn.wanggezhili.consumer.Inbox;
import cn.wanggezhili.consumer.InboxItem;
import cn.wanggezhili.consumer.InboxWork;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.scoring.app.Commands.ReviewHouseholdStars;

/**
 * Star re-evaluations asked for by consumers, through the platform's inbox (ADR 0008). A consumer's transaction has
 * written its position before it could hold a household's star stream, so appending star events there could publish
 * them out of order (ADR 0001) and a concurrent change to the same household would send the event to the dead
 * letters. A triggered household entry therefore only notes its household, scheme and year here, in the consumer's
 * transaction ({@link #note}); the platform's {@code InboxRunner} then works each note in a transaction of its own
 * ({@link #handle}: {@link ReviewHouseholdStarsHandler}, under {@link StarKeeper#hold}), and deletes the note in that
 * transaction. The latest note per household, scheme and year wins; one noted again while its review runs gets a new
 * token and is reviewed again. A review that finds nothing changed appends nothing and the note goes all the same.
 */
@ApplicationScoped
public class StarReviewWork implements InboxWork {

    /** The inbox's name: what {@code inbox.inbox} holds for these notes. */
    public static final String INBOX = "star-reviews";

    @Inject
    ReviewHouseholdStarsHandler reviews;

    @Override
    public String inbox() {
        return INBOX;
    }

    /** On the consumer's connection: the household's stars on the scheme and year are to be re-evaluated. */
    public void note(Connection c, String householdId, String schemeCode, int year, String code) {
        ReviewHouseholdStars review = new ReviewHouseholdStars(householdId, schemeCode, year, code);
        Inbox.note(c, INBOX, key(review), write(review));
    }

    /** In the runner's transaction: hold the household, compare its stars with their thresholds, append what changed. */
    @Override
    public void handle(InboxItem item) {
        reviews.handle(read(item.payload()));
    }

    /** One note per household, scheme and year (a household id and a year hold no '/'): {@code <household>/<scheme>/<year>}. */
    static String key(ReviewHouseholdStars review) {
        return review.householdId() + "/" + review.schemeCode() + "/" + review.year();
    }

    static String write(ReviewHouseholdStars review) {
        try {
            return EventCodec.json().writeValueAsString(review);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a star review of " + review.householdId(), e);
        }
    }

    static ReviewHouseholdStars read(String payload) {
        try {
            return EventCodec.json().readValue(payload, ReviewHouseholdStars.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable star review: " + payload, e);
        }
    }
}
