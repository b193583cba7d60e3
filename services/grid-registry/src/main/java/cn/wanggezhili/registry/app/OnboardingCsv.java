package cn.wanggezhili.registry.app;

import cn.wanggezhili.web.ControlCharacters;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an onboarding file (UTF-8 CSV with a header row) into rows that remember their line numbers. */
public final class OnboardingCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private OnboardingCsv() {
    }

    public static List<OnboardingRow> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new OnboardingRejected(List.of(new OnboardingReport.RowError(1, "body", "the file is empty")));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel writes a BOM
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<OnboardingRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(body)) {
            Set<String> header = new HashSet<>(((CsvSchema) it.getParserSchema()).getColumnNames());
            List<String> missing = Arrays.stream(OnboardingRow.COLUMNS).filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new OnboardingRejected(List.of(new OnboardingReport.RowError(1, "header", "missing columns " + missing)));
            }
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                Map<String, String> row = it.nextValue();
                for (var cell : row.entrySet()) {
                    if (ControlCharacters.inText(cell.getValue())) {
                        throw new OnboardingRejected(List.of(new OnboardingReport.RowError(line, cell.getKey(), ControlCharacters.MESSAGE)));
                    }
                }
                rows.add(new OnboardingRow(line, row));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof OnboardingRejected rejected) {
                throw rejected;
            }
            throw new OnboardingRejected(List.of(new OnboardingReport.RowError(rows.size() + 2, "body",
                    "unreadable CSV: " + e.getMessage().lines().findFirst().orElse(""))));
        }
        return rows;
    }
}
