package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The yearly summary (一年一总结) ranked: highest score first, equal scores share a rank (1, 2, 2, 4). The rank sets the
 * tier by the share of subjects ranked above: under 10% tier 1 (so the first is always tier 1), under 30% tier 2,
 * under 60% tier 3, the rest tier 4.
 */
public final class Ranking {

    private Ranking() {
    }

    public static int tier(int rank, int among) {
        double ahead = (double) (rank - 1) / among; // the share of subjects ranked above
        if (ahead < 0.10) {
            return 1;
        }
        if (ahead < 0.30) {
            return 2;
        }
        return ahead < 0.60 ? 3 : 4;
    }

    /** {@code totals} hold each subject's yearly score (base score plus approved points). */
    public static List<TierAssigned> rank(List<SubjectTotal> totals, int year, String within, Instant now) {
        List<SubjectTotal> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparingInt(SubjectTotal::points).reversed().thenComparing(SubjectTotal::subjectId));
        List<TierAssigned> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            SubjectTotal t = sorted.get(i);
            if (i == 0 || sorted.get(i - 1).points() != t.points()) {
                rank = i + 1;
            }
            ranked.add(new TierAssigned(t.subjectType(), t.subjectId(), t.code(), year, rank, sorted.size(), within,
                    tier(rank, sorted.size()), t.points(), now));
        }
        return ranked;
    }
}
