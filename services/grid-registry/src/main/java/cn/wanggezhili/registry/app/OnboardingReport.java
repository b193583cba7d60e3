package cn.wanggezhili.registry.app;

import java.util.List;

/** What an onboarding did (or, when {@code errors} is not empty, refused to do: nothing was written). */
public record OnboardingReport(int unitsCreated, int unitsAlreadyPresent, int staffAssigned, int staffAlreadyAssigned,
                               int householdsRegistered, int householdsAlreadyPresent, List<RowError> errors) {

    public record RowError(long line, String field, String reason) {
    }
}
