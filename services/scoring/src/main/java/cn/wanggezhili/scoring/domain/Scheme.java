package cn.wanggezhili.scoring.domain;

import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.DUPLICATE_CODE;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.INVALID_STAR;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.SCHEME_EMPTY;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.UNKNOWN_INDICATOR;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A point scheme (积分方案) as versioned data: who it scores, its categories and indicators, the base score every
 * subject starts the year with, and its cadence. Publishing the same code again makes the next version; entries
 * cite the version they were scored under.
 */
public record Scheme(String code, int version, SubjectType subjectType, String nameZh, String unitCode, int baseScore,
                     Cadence cadence, List<Category> categories) {

    public Scheme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subjectType, "subjectType");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Checks the scheme's shape: something to score, codes unique, a star on every household category and only there. */
    public Scheme validated() {
        if (categories.isEmpty() || categories.stream().anyMatch(c -> c.indicators().isEmpty())) {
            throw new ScoringRuleViolation(SCHEME_EMPTY, "categories", "every category needs at least one indicator");
        }
        Set<String> codes = new HashSet<>();
        for (Category c : categories) {
            if (!codes.add("category:" + c.code())) {
                throw new ScoringRuleViolation(DUPLICATE_CODE, "categories", "category code " + c.code() + " appears twice");
            }
            boolean starred = c.hasStar() && c.starNameZh() != null && c.starThreshold() != null && c.starThreshold() > 0;
            if (starred != (subjectType == SubjectType.HOUSEHOLD) || (c.hasStar() && !starred)) {
                throw new ScoringRuleViolation(INVALID_STAR, "categories",
                        "household categories are stars (star, starNameZh, starThreshold > 0); other schemes have none");
            }
            for (Indicator i : c.indicators()) {
                if (!codes.add(i.code())) {
                    throw new ScoringRuleViolation(DUPLICATE_CODE, "categories", "indicator code " + i.code() + " appears twice");
                }
            }
        }
        return this;
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return categories.stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public Indicator requireIndicator(String indicatorCode) {
        return indicator(indicatorCode).orElseThrow(() -> new ScoringRuleViolation(UNKNOWN_INDICATOR, "indicatorCode",
                "scheme " + code + " v" + version + " has no indicator " + indicatorCode));
    }

    /** The category an indicator belongs to. */
    public Category categoryOf(String indicatorCode) {
        return categories.stream().filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
                .findFirst().orElseThrow(() -> new ScoringRuleViolation(UNKNOWN_INDICATOR, "indicatorCode", indicatorCode));
    }

    public int indicatorCount() {
        return categories.stream().mapToInt(c -> c.indicators().size()).sum();
    }

    /** The sum of the bonus items: a household's ten stars add up to 100. */
    public int maximumPoints() {
        return categories.stream().flatMap(c -> c.indicators().stream()).mapToInt(Indicator::points).filter(p -> p > 0).sum();
    }

    /**
     * Publishes this draft as the next version of its code, after the {@code earlier} versions published: the first
     * is version 1, and entries cite the version they were scored under.
     */
    public SchemePublished publish(List<SchemePublished> earlier, Actor by, Instant at) {
        Scheme scheme = withVersion(earlier.size() + 1).validated();
        return new SchemePublished(scheme, scheme.unitCode(), by, at);
    }

    public Scheme withVersion(int newVersion) {
        return new Scheme(code, newVersion, subjectType, nameZh, unitCode, baseScore, cadence, categories);
    }
}
