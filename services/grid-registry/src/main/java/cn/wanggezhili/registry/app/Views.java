package cn.wanggezhili.registry.app;

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
                               String maskedIdNumber, String maskedPhone, Instant leftAt, Instant personalDataErasedAt) {
    }
}
