package cn.wanggezhili.scoring.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * A score entry to record: the indicator of a scheme, the subject, the month it counts in and where it comes from.
 * {@code scorer} is null for an entry from an event.
 */
public record RecordScoreEntry(EntryId entryId, Scheme scheme, String indicatorCode, Subject subject, YearMonth month,
                               EntrySource source, List<String> evidence, String note, Actor scorer) {

    public RecordScoreEntry {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
