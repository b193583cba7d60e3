package cn.wanggezhili.registry.app;

import java.util.List;

/** An onboarding file with bad rows: every one is reported, and nothing of the file is written. */
public class OnboardingRejected extends RuntimeException {

    private final transient List<OnboardingReport.RowError> errors;

    public OnboardingRejected(List<OnboardingReport.RowError> errors) {
        super(errors.size() + " rows refused", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<OnboardingReport.RowError> errors() {
        return errors;
    }
}
