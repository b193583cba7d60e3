package cn.wanggezhili.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Markdown section of RESULTS.md for the subtree query bench: per client count, each query's latency
 * percentiles and throughput, as numbers and as ratios to the baseline (both baseline runs of that client count
 * pooled), then the plans of the statements behind them.
 */
final class SubtreeReport {

    private final Machine machine;
    private final String setup;
    private final List<LatencyResult> results;
    private final List<QueryPlans.Plan> plans;

    SubtreeReport(Machine machine, String setup, List<LatencyResult> results, List<QueryPlans.Plan> plans) {
        this.machine = machine;
        this.setup = setup;
        this.results = results;
        this.plans = plans;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## SubtreeQueryBench\n\n").append(machine.markdown()).append(setup)
                .append("\n| clients | query | p50 ms | p90 ms | p99 ms | max ms | req/s | p50 / baseline p50 "
                        + "| p99 / baseline p99 | bytes per answer | CPU ms per request | other processes, cores |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int clients : clientCounts()) {
            List<LatencyResult> runs = results.stream().filter(r -> r.clients() == clients).toList();
            long[] baseline = LatencyResult.pooled(runs.stream().filter(r -> r.query().equals(BenchQuery.BASELINE)).toList());
            double baseP50 = LatencyResult.percentileMillis(baseline, 0.50);
            double baseP99 = LatencyResult.percentileMillis(baseline, 0.99);
            for (LatencyResult r : runs) {
                out.append(String.format("| %d | %s | %.2f | %.2f | %.2f | %.1f | %.0f | %.2f | %.2f | %,d | %.2f | %.2f |%n",
                        clients, r.query(), r.percentileMillis(0.50), r.percentileMillis(0.90), r.percentileMillis(0.99),
                        r.maxMillis(), r.perSecond(), r.percentileMillis(0.50) / baseP50,
                        r.percentileMillis(0.99) / baseP99, r.meanResponseBytes(), r.cpuMillisPerRequest(), r.otherCores()));
            }
            out.append(String.format("| %d | baseline, both runs pooled | %.2f | %.2f | %.2f | %.1f |  | 1 | 1 |  |  |  |%n",
                    clients, baseP50, LatencyResult.percentileMillis(baseline, 0.90), baseP99,
                    baseline[baseline.length - 1] / 1e6));
        }
        return out.append(plansMarkdown()).toString();
    }

    private String plansMarkdown() {
        StringBuilder out = new StringBuilder("\nPlans (EXPLAIN (ANALYZE, BUFFERS) of the statements of GridUnitQueries, "
                + "parameters bound, second execution; costs cut, full plans in bench/target/SubtreeQueryBench-plans.txt):\n");
        for (QueryPlans.Plan plan : plans) {
            out.append(String.format("%n- %s: %.2f ms%n%n  ```text%n", plan.label(), plan.executionMillis()));
            plan.summary().forEach(line -> out.append("  ").append(line).append('\n'));
            out.append("  ```\n");
        }
        return out.toString();
    }

    private Set<Integer> clientCounts() {
        Set<Integer> counts = new LinkedHashSet<>();
        results.forEach(r -> counts.add(r.clients()));
        return counts;
    }
}
