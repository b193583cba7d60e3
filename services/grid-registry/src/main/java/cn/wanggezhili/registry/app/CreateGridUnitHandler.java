package cn.wanggezhili.registry.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.CreateGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class CreateGridUnitHandler {

    @Inject
    Registry registry;

    @Inject
    IssuedCodes codes;

    @Inject
    RegistrySettings settings;

    @Transactional
    public GridUnitCreated handle(CreateGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        UnitId id = new UnitId(registry.newId());
        GridUnitCreated created;
        if (cmd.parentCode() == null) {
            requireAnyRole(caller, Role.COUNTY_ADMIN);
            if (cmd.code() == null) {
                throw new RegistryRuleViolation(RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW, "code",
                        "a county is created with its statistical code; other units need a parentCode");
            }
            requireCovers(caller, cmd.code());
            if (codes.isIssued(cmd.code())) {
                throw new RegistryRuleViolation(RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED, "code", "code " + cmd.code() + " was issued before");
            }
            if (cmd.code().depth() != 3) {
                throw new RegistryRuleViolation(RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW, "code", "a root unit must be a county code");
            }
            created = GridUnit.createCounty(id, cmd.code(), cmd.name(), settings.scheme());
        } else {
            GridUnit parent = registry.unit(cmd.parentCode());
            requireCovers(caller, parent.code());
            created = parent.createChild(id, cmd.name(), cmd.kind(), cmd.code(), settings.scheme(), codes);
        }
        registry.append(GridUnit.NONE, List.of(created));
        return created;
    }
}
