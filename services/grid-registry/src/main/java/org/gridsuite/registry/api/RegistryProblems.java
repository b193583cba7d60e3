package org.gridsuite.registry.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridsuite.registry.app.OnboardingRejected;
import org.gridsuite.registry.domain.RegistryRuleViolation;
import org.gridsuite.web.Problem;
import org.gridsuite.web.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The registry's rule violations as problem+json: type named after the rule, 409 or 422, the field named. */
public class RegistryProblems {

    @ServerExceptionMapper
    public Response ruleViolation(RegistryRuleViolation e) {
        int status = e.rule().isConflict() ? 409 : 422;
        String title = (e.rule().isConflict() ? "与当前登记状态冲突" : "不符合网格登记规则") + " / "
                + (e.rule().isConflict() ? "Conflicts with the registry's state" : "Breaks a registry rule");
        List<Problem.FieldError> fields = e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return ProblemMappers.response(new Problem(Problem.TYPE_BASE + e.rule().slug(), title, status, e.getMessage(), fields));
    }

    /** Every refused line of an onboarding file, with its line number and column. */
    @ServerExceptionMapper
    public Response onboardingRejected(OnboardingRejected e) {
        List<Problem.FieldError> rows = e.errors().stream()
                .map(r -> new Problem.FieldError("line " + r.line() + ": " + r.field(), r.reason()))
                .toList();
        return ProblemMappers.response(new Problem(Problem.TYPE_BASE + "onboarding-rejected",
                "导入文件有误，未导入任何数据 / Onboarding file refused; nothing was imported", 422,
                e.errors().size() + " rows refused", rows));
    }
}
