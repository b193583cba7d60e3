package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.scoring.app.Commands.RejectEntry;
import cn.wanggezhili.security.Caller;

/** A reviewer rejects a pending entry, giving the reason. */
@ApplicationScoped
public class RejectEntryHandler {

    @Inject
    EntryReview review;

    @Transactional
    public void handle(RejectEntry cmd, Caller caller) {
        if (cmd.reason() == null) {
            throw new InvalidInput("reason", "required");
        }
        requireAnyRole(caller, ScoringRoles.REVIEWERS);
        review.review(cmd.entryId(), caller, (entry, reviewer, settled, now) -> entry.reject(reviewer, cmd.reason(), settled, now));
    }
}
