package cn.wanggezhili.mediation.app;

import io.smallrye.config.ConfigMapping;

/** {@code mediation.*}: the key that protects parties' personal data. */
@ConfigMapping(prefix = "mediation")
public interface MediationSettings {

    /** Base64 of 32 random bytes; set MEDIATION_PERSONAL_DATA_KEY in production. */
    String personalDataKey();
}
