package cn.wanggezhili.httpcommands;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code http-commands.idempotency.*}: how long a command's answer is replayed for its Idempotency-Key. */
@ConfigMapping(prefix = "http-commands.idempotency")
public interface IdempotencySettings {

    /** How long a key's answer is kept and replayed; a retry after that runs the command again. */
    @WithDefault("PT24H")
    Duration retention();
}
