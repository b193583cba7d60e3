package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/** Administration of an account: linking the logins that hold it, and corrections with a reason. */
@ApplicationScoped
public class AccountCommandsHandler {

    static final String[] LINKERS = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    static final String[] ADMINISTRATORS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @Inject
    StoreSettings settings;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    /** A store clerk or administrator links a login (a resident of the household) to the account. */
    @Transactional
    public void linkHolder(AccountId id, String username, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, LINKERS);
        database.run(c -> {
            Account account = existing(accounts.lockAndLoad(c, id), id, caller);
            Instant now = clock.instant();
            accounts.append(c, account, account.linkHolder(username.strip(), caller.username(), now), now);
            return null;
        });
    }

    @Transactional
    public UUID adjust(AccountId id, int points, String reason, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, ADMINISTRATORS);
        return database.run(c -> {
            Account account = existing(accounts.lockAndLoad(c, id), id, caller);
            Instant now = clock.instant();
            UUID adjustment = ids.get();
            var event = account.adjust(adjustment, points, reason, caller.username(),
                    settings.expiryPolicy().expiresAt(account.code(), now), now);
            accounts.append(c, account, List.of(event), now);
            return adjustment;
        });
    }

    private static Account existing(Account account, AccountId id, Caller caller) {
        if (!account.exists()) {
            throw ProblemException.notFound("account " + id);
        }
        GridScopeGuard.requireCovers(caller, new cn.wanggezhili.gridcode.GridCode(account.code()));
        return account;
    }
}
