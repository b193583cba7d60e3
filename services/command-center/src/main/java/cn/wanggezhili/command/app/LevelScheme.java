package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.command.domain.GridLevels;

/**
 * The county's level scheme, configured as the registry's ({@code command.grid-levels}, by default the registry's
 * {@code REGISTRY_LEVELS}): the registry's unit events carry a unit's level number but not its name.
 */
@ApplicationScoped
public class LevelScheme {

    @Produces
    @Singleton
    GridLevels gridLevels(@ConfigProperty(name = "command.grid-levels") List<String> namePairs) {
        return GridLevels.of(namePairs);
    }
}
