package cn.wanggezhili.scoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * A group of indicators. In the households' ten-star scheme each category is one star: {@code star} is its code
 * (e.g. {@code patriotism}), {@code starNameZh} its name (爱党爱国星) and {@code starThreshold} the score on its items
 * a household needs to hold it; other schemes leave the three null.
 */
public record Category(String code, String nameZh, String star, String starNameZh, Integer starThreshold,
                       List<Indicator> indicators) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean hasStar() {
        return star != null;
    }
}
