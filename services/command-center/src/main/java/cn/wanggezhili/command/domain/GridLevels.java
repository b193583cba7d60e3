package cn.wanggezhili.command.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;

/**
 * The levels of the county's grid, top down from the county (level 1, code depth 3), as the grid registry runs them:
 * five by default (五级网格), more where a county counts more below the village (the demo county has seven). The
 * names are the registry's ({@code registry.levels}, "name:中文名" pairs); a unit's own level name comes with its
 * events where the registry sends it.
 */
public record GridLevels(List<Level> levels) {

    /** The registry's default scheme. */
    public static final GridLevels FIVE_LEVELS = of(List.of(
            "county:县(市)", "township:乡镇(街道)", "village:村(社区)", "grid:网格", "micro-grid:微网格"));

    /** One level: its number (1 the county), the registry's name for it and its Chinese name. */
    public record Level(int number, String name, String nameZh) {

        /** The level as the API names it: the registry's name in upper case (COUNTY, TOWNSHIP, …, MICRO_GRID). */
        public String key() {
            return name.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    public GridLevels {
        levels = List.copyOf(levels);
        if (levels.size() < 3) {
            throw new IllegalArgumentException("a scheme has at least county, township and village levels");
        }
    }

    /** From the registry's "name:中文名" pairs, top down. */
    public static GridLevels of(List<String> namePairs) {
        List<Level> levels = new ArrayList<>();
        for (String pair : namePairs) {
            String[] parts = pair.split(":", 2);
            levels.add(new Level(levels.size() + 1, parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim()));
        }
        return new GridLevels(levels);
    }

    public Optional<Level> byNumber(int number) {
        return number >= 1 && number <= levels.size() ? Optional.of(levels.get(number - 1)) : Optional.empty();
    }

    public Optional<Level> ofDepth(int codeDepth) {
        return byNumber(codeDepth - GridCode.COUNTY_DEPTH + 1);
    }

    public Optional<Level> of(GridCode code) {
        return ofDepth(code.depth());
    }

    /** The same levels with the Chinese names the registry announced on its units, where it did. */
    public GridLevels named(Map<Integer, String> announced) {
        return new GridLevels(levels.stream().map(l -> announced.get(l.number()) == null ? l
                : new Level(l.number(), l.name(), announced.get(l.number()))).toList());
    }
}
