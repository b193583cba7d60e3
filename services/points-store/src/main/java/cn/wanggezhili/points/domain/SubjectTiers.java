package cn.wanggezhili.points.domain;

import java.util.Optional;

/**
 * The yearly tiers scoring has assigned to subjects (scoring.TierAssigned.v1), as far as the points store has heard
 * of them; the application implements it over what it recorded.
 */
public interface SubjectTiers {

    /** The subject's tier of the latest year ranked; empty when scoring never ranked the subject. */
    Optional<Tier> latest(SubjectType type, String subjectId);
}
