package org.gridsuite.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.scoring.domain.Category;
import org.gridsuite.scoring.domain.EntryId;
import org.gridsuite.scoring.domain.HouseholdStars;
import org.gridsuite.scoring.domain.Scheme;
import org.gridsuite.scoring.domain.SubjectType;

/**
 * Keeps a household's stars in step with its approved entries: after any change to one of its entries, the score
 * on each star's items this year (approved entries, deductions included) is compared with the star's threshold in
 * the latest version of the scheme, and stars are awarded or revoked (摘星) in the same transaction.
 */
@ApplicationScoped
public class StarKeeper {

    @Inject
    EventLog log;

    @Inject
    Schemes schemes;

    /**
     * The household's star stream version, read before the command's first write (ADR 0001: a transaction takes its id
     * at its first write, so every stream it appends to must be read before, or per-stream order could differ from
     * commit order). A concurrent change to the same household then fails on the version and is retried.
     */
    public int versionBefore(Connection c, SubjectType type, String householdId) {
        return type == SubjectType.HOUSEHOLD ? HouseholdStars.replay(log.stars(c, householdId)).version() : 0;
    }

    public void afterChange(Connection c, EntryId entry, SubjectType type, String householdId, String code, YearMonth month,
                            int versionBefore) {
        if (type != SubjectType.HOUSEHOLD) {
            return;
        }
        String schemeCode = Sql.one(c, "select scheme_code from entry_view where id = ?", rs -> rs.getString(1), entry.value())
                .orElseThrow();
        Scheme scheme = schemes.latest(c, schemeCode).orElseThrow();
        Map<String, Integer> scores = Sql.list(c, """
                select star, sum(points)::int from entry_view
                 where subject_id = ? and status = 'APPROVED' and star is not null and month like ? group by star
                """, rs -> Map.entry(rs.getString(1), rs.getInt(2)), householdId, month.getYear() + "-%")
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<HouseholdStars.Standing> standings = scheme.categories().stream().filter(Category::hasStar)
                .map(s -> new HouseholdStars.Standing(s.star(), s.starNameZh(), s.starThreshold(), scores.getOrDefault(s.star(), 0)))
                .toList();
        HouseholdStars stars = HouseholdStars.replay(log.stars(c, householdId));
        log.appendStars(c, householdId, versionBefore, stars.decide(householdId, code, standings, log.now()));
    }
}
