package cn.wanggezhili.bench;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One kind of request of the latency bench: a name for the tables, whose token it carries, how to pick the next
 * path (a random unit of the right level), and how many requests warm up and how many are measured per run.
 */
record BenchQuery(String name, String token, Function<SplittableRandom, String> path, int warmUp, int measured) {

    static final String BASELINE = "baseline: unit (micro-grid)";

    boolean isBaseline() {
        return name.equals(BASELINE);
    }
}
