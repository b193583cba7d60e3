package cn.wanggezhili.scoring.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.StarEvent.StarAwarded;
import cn.wanggezhili.scoring.domain.StarEvent.StarRevoked;

/**
 * The stars a household holds, rebuilt from its star events. A household holds a star while its score on that
 * star's items meets the star's threshold: {@link #decide} compares the standings with what is held and gives an
 * award for each star newly met and a revocation (摘星) for each star no longer met.
 */
public record HouseholdStars(Set<String> held, int version) {

    public static final int TEN = 10;

    /** A household without star events, and every other subject: no stars. */
    public static final HouseholdStars NONE = new HouseholdStars(Set.of(), 0);

    /** A star's threshold and the household's current score on its items. */
    public record Standing(String star, String starName, int threshold, int score) {

        boolean met() {
            return score >= threshold;
        }
    }

    public HouseholdStars {
        held = Set.copyOf(held);
    }

    public static UUID streamId(String householdId) {
        return UUID.nameUUIDFromBytes(("stars:" + householdId).getBytes(StandardCharsets.UTF_8));
    }

    public static HouseholdStars replay(List<StarEvent> events) {
        HouseholdStars stars = NONE;
        for (StarEvent e : events) {
            stars = stars.evolve(e);
        }
        return stars;
    }

    public List<StarEvent> decide(String householdId, String code, List<Standing> standings, Instant now) {
        List<StarEvent> events = new ArrayList<>();
        for (Standing s : standings) {
            boolean holds = held.contains(s.star());
            if (s.met() && !holds) {
                events.add(new StarAwarded(householdId, code, s.star(), s.starName(), s.score(), s.threshold(), now));
            } else if (!s.met() && holds) {
                events.add(new StarRevoked(householdId, code, s.star(), s.starName(), s.score(), s.threshold(), now));
            }
        }
        return events;
    }

    public boolean tenStars() {
        return held.size() >= TEN;
    }

    public HouseholdStars evolve(StarEvent event) {
        Set<String> next = new HashSet<>(held);
        switch (event) {
            case StarAwarded e -> next.add(e.star());
            case StarRevoked e -> next.remove(e.star());
        }
        return new HouseholdStars(next, version + 1);
    }
}
