package cn.wanggezhili.registry.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import cn.wanggezhili.registry.app.OnboardingRejected;
import cn.wanggezhili.web.Problem;
import cn.wanggezhili.web.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The onboarding refusal as problem+json; rule violations are mapped by platform/web. */
public class RegistryProblems {

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
