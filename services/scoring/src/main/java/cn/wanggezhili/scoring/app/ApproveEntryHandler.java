package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.scoring.app.Commands.ApproveEntry;
import cn.wanggezhili.security.Caller;

/** A reviewer, never the entry's scorer nor its subject, approves a pending entry: only approved entries count. */
@ApplicationScoped
public class ApproveEntryHandler {

    @Inject
    EntryReview review;

    @Transactional
    public void handle(ApproveEntry cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.REVIEWERS);
        review.review(cmd.entryId(), caller, (entry, reviewer, settled, now) -> entry.approve(reviewer, settled, now));
    }
}
