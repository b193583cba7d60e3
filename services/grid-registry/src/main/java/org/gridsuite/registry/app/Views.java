package org.gridsuite.registry.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rows of the registry's read model as queries return them. */
public final class Views {

    private Views() {
    }

    public record UnitView(UUID id, String code, String name, int level, String kind, String parentCode,
                           boolean retired, List<String> successorCodes, int version, Instant updatedAt) {
    }

    public record AssignmentView(UUID assignmentId, String unitCode, UUID staffId, String staffName, String username,
                                 String role, Instant since, Instant until) {
    }

    public record LevelCount(int level, long units) {
    }

    public record SubtreeCounts(String code, List<LevelCount> unitsPerLevel, long households, long residents) {
    }

    public record HouseholdView(UUID id, String unitCode, String number, int residentCount, Instant registeredAt) {
    }

    public record ResidentView(UUID id, UUID householdId, String unitCode, String relation, String maskedName,
                               String maskedIdNumber, String maskedPhone, Instant leftAt) {
    }

    /** A page of a list and the cursor of the next page, null on the last. */
    public record Page<T>(List<T> items, String next) {

        /** From rows read with {@code limit + 1}: the extra row only tells that a next page exists. */
        public static <T> Page<T> of(List<T> rows, int limit, java.util.function.Function<T, String> cursor) {
            if (rows.size() <= limit) {
                return new Page<>(List.copyOf(rows), null);
            }
            List<T> items = List.copyOf(rows.subList(0, limit));
            return new Page<>(items, cursor.apply(items.get(limit - 1)));
        }
    }
}
