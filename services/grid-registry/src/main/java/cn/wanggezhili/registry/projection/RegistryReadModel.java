package cn.wanggezhili.registry.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.registry.app.ReadModel;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;

@ApplicationScoped
public class RegistryReadModel implements ReadModel {

    @Inject
    GridUnitProjector units;

    @Inject
    HouseholdProjector households;

    @Override
    public void apply(Connection c, GridUnitEvent event, int version, Instant at) {
        units.apply(c, event, version, at);
    }

    @Override
    public void apply(Connection c, HouseholdEvent event, int version, Instant at) {
        households.apply(c, event, version, at);
    }
}
