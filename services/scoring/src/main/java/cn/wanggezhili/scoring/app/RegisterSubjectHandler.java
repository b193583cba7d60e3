package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.app.Commands.RegisterSubject;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.security.Caller;

/** A township or county admin enters a party organisation, party member or village cadre, each on a stream of its own. */
@ApplicationScoped
public class RegisterSubjectHandler {

    @Inject
    AggregateRepository<List<SubjectRegistered>, SubjectRegistered> registrations;

    @Inject
    SubjectRegister subjects;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    @Transactional
    public Subject handle(RegisterSubject cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.ADMINS);
        requireCovers(caller, cmd.unit());
        SubjectRegistered registered = Subject.register(ids.get(), cmd.subjectType(), cmd.name(), cmd.unit().value(), cmd.username(),
                subjects.asActor(caller), clock.instant());
        registrations.append(List.of(), List.of(registered));
        return new Subject(registered.subjectType(), registered.subjectId(), registered.name(), registered.code(),
                registered.username());
    }
}
