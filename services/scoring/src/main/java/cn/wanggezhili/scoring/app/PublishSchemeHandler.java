package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.app.Commands.PublishScheme;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/** County or township administrators publish schemes for their unit; publishing a code again makes its next version. */
@ApplicationScoped
public class PublishSchemeHandler {

    @Inject
    AggregateRepository<List<SchemePublished>, SchemePublished> schemes;

    @Inject
    SubjectRegister subjects;

    @Inject
    Clock clock;

    @Transactional
    public Scheme handle(PublishScheme cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        requireCovers(caller, new GridCode(cmd.draft().unitCode()));
        List<SchemePublished> earlier = schemes.load(SchemePublished.streamId(cmd.draft().code()));
        SchemePublished published = cmd.draft().publish(earlier, subjects.asActor(caller), clock.instant());
        schemes.append(earlier, List.of(published));
        return published.scheme();
    }
}
