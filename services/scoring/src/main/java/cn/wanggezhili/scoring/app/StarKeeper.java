package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.domain.Category;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Keeps a household's stars in step with its approved entries: after any change to one of its entries, the score
 * on each star's items this year (approved entries, deductions included) is compared with the star's threshold in
 * the latest version of the scheme, and stars are awarded or revoked (摘星) in the same transaction.
 *
 * <p>One household's re-evaluations run one at a time: {@link #hold} takes a transaction-scoped advisory lock per
 * household (as {@link Books#pointsSoFar} holds a capped indicator). A retry on the star stream's version conflict
 * would not do: two approvals that each leave a star short but meet it together each see only their own approval
 * (read committed), both append nothing, never conflict, and the star is never awarded. Under the lock each
 * re-evaluation starts after the previous one committed and sees its entries, and nobody fails with 409.
 */
@ApplicationScoped
public class StarKeeper {

    @Inject
    AggregateRepository<HouseholdStars, StarEvent> stars;

    @Inject
    AdvisoryLocks locks;

    @Inject
    PublishedSchemes schemes;

    @Inject
    Database database;

    @Inject
    Clock clock;

    /**
     * Holds a household's stars for the rest of the transaction and returns them as they stand; for other subjects
     * none. Must come before the command's first write (ADR 0001: a transaction takes its id at its first write; the
     * lock is not a write, so writers of one household take their ids, and commit, in lock order and its star events
     * reach the topic in version order). A consumer has written its position first, so it must not call this: it
     * notes the household for {@link StarReviewWork} instead.
     */
    public HouseholdStars hold(SubjectType type, String householdId) {
        if (type != SubjectType.HOUSEHOLD) {
            return HouseholdStars.NONE;
        }
        locks.hold("stars " + householdId);
        return stars.load(HouseholdStars.streamId(householdId));
    }

    /** After a change to the entry, with the household's stars as {@link #hold} found them. */
    public void afterChange(EntryId entry, SubjectType type, String householdId, String code, int year, HouseholdStars held) {
        if (type != SubjectType.HOUSEHOLD) {
            return;
        }
        String schemeCode = database.run(c -> Sql.one(c, "select scheme_code from entry_view where id = ?", rs -> rs.getString(1),
                entry.value())).orElseThrow();
        review(householdId, schemeCode, code, year, held);
    }

    /**
     * Compares the household's year on the scheme's stars with their thresholds and appends what changed, at the
     * version held: nobody else appends to a held household's stars, so they still stand as {@link #hold} found them.
     */
    void review(String householdId, String schemeCode, String code, int year, HouseholdStars held) {
        Scheme scheme = schemes.latest(schemeCode).orElseThrow();
        Map<String, Integer> scores = database.run(c -> Sql.list(c, """
                select star, sum(points)::int from entry_view
                 where subject_id = ? and status = 'APPROVED' and star is not null and month like ? group by star
                """, rs -> Map.entry(rs.getString(1), rs.getInt(2)), householdId, year + "-%"))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<HouseholdStars.Standing> standings = scheme.categories().stream().filter(Category::hasStar)
                .map(s -> new HouseholdStars.Standing(s.star(), s.starNameZh(), s.starThreshold(), scores.getOrDefault(s.star(), 0)))
                .toList();
        stars.append(held, held.decide(householdId, code, standings, clock.instant()));
    }
}
