package cn.wanggezhili.scoring.domain;

import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.NOTICE_REQUIRED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.OBJECTIONS_OPEN;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.OBJECTION_WINDOW_OPEN;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.QUARTER_NOT_OVER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.SettlementEvent.PointsCredited;
import cn.wanggezhili.scoring.domain.SettlementEvent.QuarterSettled;

/**
 * Settles a unit's quarter once it is over: its approved points become one credit per subject. The quarter's results
 * must have been on public notice, the objection window closed and every objection resolved. A subject already credited
 * for the quarter (by a settlement of an enclosing or overlapping unit) is not credited again; a subject whose
 * quarter nets zero or less gets no credit (the points store takes positive credits only).
 */
public final class QuarterSettlement {

    private QuarterSettlement() {
    }

    /** One id per subject and quarter, whoever settles it: the points store's key for exactly-once credit. */
    public static UUID settlementId(String subjectId, Quarter quarter) {
        return UUID.nameUUIDFromBytes(("settlement:" + subjectId + ":" + quarter).getBytes(StandardCharsets.UTF_8));
    }

    /** The stream of a unit's quarter run: settling it again finds it. */
    public static UUID runId(String code, Quarter quarter) {
        return UUID.nameUUIDFromBytes(("quarter:" + code + ":" + quarter).getBytes(StandardCharsets.UTF_8));
    }

    public static List<SettlementEvent> decide(String code, Quarter quarter, Instant quarterEnd, Notice notice,
                                               List<SubjectTotal> totals, Set<String> alreadyCredited, Actor by, Instant now) {
        if (now.isBefore(quarterEnd)) {
            throw new ScoringRuleViolation(QUARTER_NOT_OVER, "quarter", quarter + " is not over until " + quarterEnd);
        }
        if (notice == null || !notice.exists()) {
            throw new ScoringRuleViolation(NOTICE_REQUIRED, "quarter",
                    "publish the quarter's results for " + code + " (公示) before settling it");
        }
        if (notice.windowOpen(now)) {
            throw new ScoringRuleViolation(OBJECTION_WINDOW_OPEN, "quarter", "the objection window is open until " + notice.closesAt());
        }
        if (notice.openObjections() > 0) {
            throw new ScoringRuleViolation(OBJECTIONS_OPEN, "quarter", notice.openObjections() + " objections are not resolved");
        }
        List<SettlementEvent> events = new ArrayList<>();
        int points = 0;
        int without = 0;
        int before = 0;
        for (SubjectTotal total : totals) {
            if (alreadyCredited.contains(total.subjectId())) {
                before++;
            } else if (total.points() <= 0) {
                without++;
            } else {
                events.add(new PointsCredited(settlementId(total.subjectId(), quarter), total.subjectType(), total.subjectId(),
                        total.subjectName(), total.code(), quarter.toString(), total.points(), now));
                points += total.points();
            }
        }
        events.add(new QuarterSettled(runId(code, quarter), code, quarter.toString(), events.size(), points, without, before, by, now));
        return events;
    }
}
