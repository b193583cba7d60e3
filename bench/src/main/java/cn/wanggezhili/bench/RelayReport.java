package cn.wanggezhili.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Markdown section of RESULTS.md for the relay bench: events/s per side and round, and the ratios. */
final class RelayReport {

    private final Machine machine;
    private final String parameters;
    private final String baseline;
    private final List<PublishResult> results;

    RelayReport(Machine machine, String parameters, String baseline, List<PublishResult> results) {
        this.machine = machine;
        this.parameters = parameters;
        this.baseline = baseline;
        this.results = results;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## RelayPublishBench\n\n").append(machine.markdown())
                .append("\nParameters:\n").append(parameters)
                .append("\n| side | events/s per round | mean events/s | ratio to baseline (per round) "
                        + "| CPU µs/event, all processes of the bench | other processes, cores (per round) |\n")
                .append("|---|---|---:|---|---:|---|\n");
        List<PublishResult> base = select(baseline);
        for (String label : labels()) {
            List<PublishResult> runs = select(label);
            String perRound = runs.stream().map(r -> String.format("%.0f", r.perSecond())).collect(Collectors.joining(", "));
            String ratio = "";
            if (!label.equals(baseline)) {
                List<String> rounds = new ArrayList<>();
                for (int i = 0; i < runs.size() && i < base.size(); i++) {
                    rounds.add(String.format("%.2f", runs.get(i).perSecond() / base.get(i).perSecond()));
                }
                ratio = String.format("**%.2f** (%s)", mean(runs) / mean(base), String.join(", ", rounds));
            }
            double cpu = runs.stream().mapToDouble(PublishResult::cpuMicrosPerEvent).average().orElse(-1);
            String others = runs.stream().map(r -> String.format("%.2f", r.otherCores())).collect(Collectors.joining(", "));
            out.append(String.format("| %s | %s | %.0f | %s | %.1f | %s |%n", label, perRound, mean(runs), ratio, cpu, others));
        }
        return out.toString();
    }

    private Set<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        results.forEach(r -> labels.add(r.label()));
        return labels;
    }

    private List<PublishResult> select(String label) {
        return results.stream().filter(r -> r.label().equals(label)).toList();
    }

    private static double mean(List<PublishResult> runs) {
        return runs.stream().mapToDouble(PublishResult::perSecond).average().orElse(0);
    }
}
