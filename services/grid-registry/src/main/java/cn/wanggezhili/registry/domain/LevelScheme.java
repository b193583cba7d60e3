package cn.wanggezhili.registry.domain;

import java.util.List;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;

/**
 * The levels a county runs, top down, starting at the county. The default is the five-level grid
 * (五级网格): county → township/street → village/community → grid → micro-grid. A county may name its levels
 * differently or add or drop levels below the village; the code of a unit says its level.
 */
public record LevelScheme(List<Level> levels) {

    public static final LevelScheme FIVE_LEVELS = of(
            "county:县(市)", "township:乡镇(街道)", "village:村(社区)", "grid:网格", "micro-grid:微网格");

    public LevelScheme {
        levels = List.copyOf(levels);
        if (levels.size() < 3) {
            throw new IllegalArgumentException("a scheme has at least county, township and village levels");
        }
    }

    /** From "name:中文名" pairs, top down. */
    public static LevelScheme of(String... namePairs) {
        List<Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < namePairs.length; i++) {
            String[] parts = namePairs[i].split(":", 2);
            levels.add(new Level(i + 1, parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim()));
        }
        return new LevelScheme(levels);
    }

    public Optional<Level> levelOf(GridCode code) {
        int number = code.countyLevel();
        return number >= 1 && number <= levels.size() ? Optional.of(levels.get(number - 1)) : Optional.empty();
    }

    public Level lowest() {
        return levels.get(levels.size() - 1);
    }

    public boolean isLowest(Level level) {
        return level.number() == levels.size();
    }

    public Optional<Level> byNumber(int number) {
        return number >= 1 && number <= levels.size() ? Optional.of(levels.get(number - 1)) : Optional.empty();
    }
}
