package cn.wanggezhili.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import cn.wanggezhili.web.Page;
import cn.wanggezhili.registry.api.Dtos.GridUnitResponse;
import cn.wanggezhili.registry.api.Dtos.HouseholdResponse;
import cn.wanggezhili.registry.api.Dtos.LevelCountResponse;
import cn.wanggezhili.registry.api.Dtos.PageResponse;
import cn.wanggezhili.registry.api.Dtos.ResidentResponse;
import cn.wanggezhili.registry.api.Dtos.StaffAssignmentResponse;
import cn.wanggezhili.registry.api.Dtos.SubtreeCountsResponse;
import cn.wanggezhili.registry.app.RegistrySettings;
import cn.wanggezhili.registry.app.Views;
import cn.wanggezhili.registry.domain.Level;
import cn.wanggezhili.registry.domain.LevelScheme;
import cn.wanggezhili.registry.domain.StaffRole;
import cn.wanggezhili.registry.domain.UnitKind;

/** Maps the registry's views to response bodies, naming levels and kinds in English and Chinese. */
@ApplicationScoped
public class Responses {

    private final LevelScheme scheme;

    @Inject
    public Responses(RegistrySettings settings) {
        this.scheme = settings.scheme();
    }

    public GridUnitResponse unit(Views.UnitView u) {
        Level level = level(u.level());
        UnitKind kind = UnitKind.valueOf(u.kind());
        return new GridUnitResponse(u.code(), u.name(), u.level(), level.name(), level.nameZh(), kind.name(), kind.nameZh(),
                u.parentCode(), u.retired(), u.successorCodes(), u.version(), u.updatedAt());
    }

    public StaffAssignmentResponse assignment(Views.AssignmentView a) {
        StaffRole role = StaffRole.valueOf(a.role());
        return new StaffAssignmentResponse(a.assignmentId(), a.unitCode(), a.staffId(), a.staffName(), a.username(),
                role, role.nameZh(), a.since(), a.until());
    }

    public SubtreeCountsResponse counts(Views.SubtreeCounts counts) {
        List<LevelCountResponse> levels = counts.unitsPerLevel().stream().map(c -> {
            Level level = level(c.level());
            return new LevelCountResponse(c.level(), level.name(), level.nameZh(), c.units());
        }).toList();
        return new SubtreeCountsResponse(counts.code(), levels, counts.households(), counts.residents());
    }

    public HouseholdResponse household(Views.HouseholdView h) {
        return new HouseholdResponse(h.id(), h.unitCode(), h.number(), h.residentCount(), h.registeredAt());
    }

    public ResidentResponse resident(Views.ResidentView r) {
        return new ResidentResponse(r.id(), r.householdId(), r.unitCode(), r.relation(), r.maskedName(),
                r.maskedIdNumber(), r.maskedPhone(), r.leftAt(), r.personalDataErasedAt());
    }

    public <V, R> PageResponse<R> page(Page<V> page, Function<V, R> map) {
        return new PageResponse<>(page.items().stream().map(map).toList(), page.next());
    }

    private Level level(int number) {
        return scheme.byNumber(number).orElse(new Level(number, "level-" + number, "第" + number + "级"));
    }
}
