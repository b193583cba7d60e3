package cn.wanggezhili.httpcommands;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code http-commands.rate-limit.*}: how many submissions residents, Open311 clients and callers without a token may
 * send per minute. Staff are not limited (onboarding a township is many commands in a row).
 */
@ConfigMapping(prefix = "http-commands.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    /** Commands one resident or Open311 client may send per minute (a burst of that many, refilled evenly). */
    @WithDefault("20")
    int perCallerPerMinute();

    /**
     * Such commands from one client address per minute, whoever sends them: generous, because a village's phones may
     * share one carrier address.
     */
    @WithDefault("120")
    int perAddressPerMinute();

    /** Requests to /api without a bearer token per client address per minute (each is a 401; counted per replica). */
    @WithDefault("60")
    int anonymousPerAddressPerMinute();
}
