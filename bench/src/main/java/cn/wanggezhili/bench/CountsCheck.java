package cn.wanggezhili.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Before anything is timed, the county's counts as the service answers them must match what was generated:
 * otherwise the bench would time queries over the wrong rows (a missed index, a wrong level, a scope refusal).
 */
final class CountsCheck {

    private CountsCheck() {
    }

    static String county(LatencyRun runner, CountyShape shape, String token) throws Exception {
        String body = runner.get(SubtreeQueryBench.UNITS + shape.countyCode() + "/counts", token);
        JsonNode counts = new ObjectMapper().readTree(body);
        List<Long> perLevel = new ArrayList<>();
        counts.get("unitsPerLevel").forEach(level -> perLevel.add(level.get("units").asLong()));
        List<Long> expected = List.of(1L, (long) shape.townships(), (long) shape.villages(), (long) shape.grids(),
                (long) shape.microGrids());
        if (!perLevel.equals(expected) || counts.get("households").asLong() != shape.households()
                || counts.get("residents").asLong() != shape.residents()) {
            throw new IllegalStateException("the service counts " + body + ", generated " + shape.describe());
        }
        return "units per level %s, households %d, residents %d: as generated"
                .formatted(perLevel, counts.get("households").asLong(), counts.get("residents").asLong());
    }
}
