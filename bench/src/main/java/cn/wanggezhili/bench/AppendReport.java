package cn.wanggezhili.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Turns the runs into the Markdown section of RESULTS.md: per writer count, each side's rounds, the throughput
 * ratio, and the CPU cost per transaction (which a noisy neighbour disturbs far less than throughput).
 */
final class AppendReport {

    private final Machine machine;
    private final String parameters;
    private final String baseline;
    private final List<RunResult> results;

    AppendReport(Machine machine, String parameters, String baseline, List<RunResult> results) {
        this.machine = machine;
        this.parameters = parameters;
        this.baseline = baseline;
        this.results = results;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## AppendThroughputBench\n\n").append(machine.markdown())
                .append("\nParameters:\n").append(parameters)
                .append("\n| writers | workload | tx/s per round | mean tx/s | mean latency ms "
                        + "| throughput ratio to baseline (per round) | CPU µs/tx JVM + server | CPU cost ratio "
                        + "| other processes, cores (per round) |\n")
                .append("|---:|---|---|---:|---:|---|---:|---:|---|\n");
        Set<Integer> writerCounts = new LinkedHashSet<>();
        results.forEach(r -> writerCounts.add(r.writers()));
        for (int writers : writerCounts) {
            List<RunResult> base = select(baseline, writers);
            for (String workload : workloads()) {
                out.append(row(writers, workload, select(workload, writers), base));
            }
        }
        return out.toString();
    }

    private String row(int writers, String workload, List<RunResult> runs, List<RunResult> base) {
        String perRound = runs.stream().map(r -> String.format("%.0f", r.perSecond())).collect(Collectors.joining(", "));
        double mean = mean(runs, RunResult::perSecond);
        double latency = mean(runs, RunResult::meanLatencyMillis);
        double jvm = mean(runs, RunResult::jvmMicrosPerTransaction);
        double server = mean(runs, RunResult::serverMicrosPerTransaction);
        String cpu = server < 0 ? String.format("%.0f + ?", jvm) : String.format("%.0f + %.0f", jvm, server);
        String ratio = "";
        String cpuRatio = "";
        if (!workload.equals(baseline)) {
            List<String> rounds = new ArrayList<>();
            for (int i = 0; i < runs.size() && i < base.size(); i++) {
                rounds.add(String.format("%.2f", runs.get(i).perSecond() / base.get(i).perSecond()));
            }
            ratio = String.format("**%.2f** (%s)", mean / mean(base, RunResult::perSecond), String.join(", ", rounds));
            if (server >= 0) {
                double baseCpu = mean(base, RunResult::jvmMicrosPerTransaction) + mean(base, RunResult::serverMicrosPerTransaction);
                cpuRatio = String.format("%.2f", (jvm + server) / baseCpu);
            }
        }
        String others = runs.stream().map(r -> String.format("%.2f", r.otherCores())).collect(Collectors.joining(", "));
        return String.format("| %d | %s | %s | %.0f | %.2f | %s | %s | %s | %s |%n",
                writers, workload, perRound, mean, latency, ratio, cpu, cpuRatio, others);
    }

    private Set<String> workloads() {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> names.add(r.workload()));
        return names;
    }

    private List<RunResult> select(String workload, int writers) {
        return results.stream().filter(r -> r.workload().equals(workload) && r.writers() == writers).toList();
    }

    /** -1 as soon as one run lacks the value, so that an unknown never passes for a small number. */
    private static double mean(List<RunResult> runs, ToDoubleFunction<RunResult> value) {
        double sum = 0;
        for (RunResult run : runs) {
            double v = value.applyAsDouble(run);
            if (v < 0) {
                return -1;
            }
            sum += v;
        }
        return runs.isEmpty() ? 0 : sum / runs.size();
    }
}
