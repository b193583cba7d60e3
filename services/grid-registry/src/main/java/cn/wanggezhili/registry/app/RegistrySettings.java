package cn.wanggezhili.registry.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import cn.wanggezhili.registry.domain.LevelScheme;

/** {@code registry.*}: the county's level scheme and the key that protects residents' personal data. */
@ConfigMapping(prefix = "registry")
public interface RegistrySettings {

    /** Levels top down as {@code name:中文名}; the first is the county. */
    @WithDefault("county:县(市),township:乡镇(街道),village:村(社区),grid:网格,micro-grid:微网格")
    List<String> levels();

    /** Base64 of 32 random bytes; set REGISTRY_PERSONAL_DATA_KEY in production. */
    String personalDataKey();

    default LevelScheme scheme() {
        return LevelScheme.of(levels().toArray(String[]::new));
    }
}
