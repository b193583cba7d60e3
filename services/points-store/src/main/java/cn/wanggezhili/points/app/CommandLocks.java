package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;

/**
 * Takes the locks of the streams a command will append to before the command writes anything, its Idempotency-Key
 * record included: the append then takes its transaction id after every earlier writer of those streams committed,
 * so each stream's events reach the topic in version order (ADR 0001), and concurrent commands on one account or
 * item queue instead of failing. Streams are given in the one order every command uses: redemption, account, item.
 */
@ApplicationScoped
public class CommandLocks {

    @Inject
    Database database;

    @Transactional
    public <T> T holding(List<UUID> streams, Supplier<T> command) {
        database.run(c -> {
            for (UUID stream : streams) {
                StreamLocks.lock(c, stream);
            }
            return null;
        });
        return command.get();
    }

    /** The redemption and, when it exists, its account and item: what a cancellation writes to. */
    public List<UUID> ofRedemption(UUID redemption) {
        List<UUID> streams = new ArrayList<>(List.of(redemption));
        database.run(c -> Sql.one(c, "select account_id, item_id from redemption_view where id = ?",
                rs -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), redemption))
                .ifPresent(streams::addAll);
        return streams;
    }
}
