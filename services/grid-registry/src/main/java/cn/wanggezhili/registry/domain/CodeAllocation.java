package cn.wanggezhili.registry.domain;

import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.CODES_EXHAUSTED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SEGMENT_OUT_OF_RANGE;

import cn.wanggezhili.gridcode.GridCode;

/**
 * Chooses the code of a new or moved unit under a parent: the requested one if it is free and fits, else the
 * next after the highest ever issued in the kind's range (numbers of retired units are not handed out again).
 */
public final class CodeAllocation {

    private CodeAllocation() {
    }

    public static GridCode codeFor(GridCode parent, UnitKind kind, GridCode requested, CodeBook book) {
        if (requested != null) {
            if (!requested.parent().map(parent::equals).orElse(false)) {
                throw new RegistryRuleViolation(NOT_ONE_LEVEL_BELOW, "code",
                        "code " + requested + " is not a child code of " + parent);
            }
            if (!kind.allows(requested.segment())) {
                throw new RegistryRuleViolation(SEGMENT_OUT_OF_RANGE, "code", "a " + kind + " is numbered "
                        + kind.first() + "-" + kind.last() + " under its parent, not " + requested.segment());
            }
            if (book.isIssued(requested)) {
                throw new RegistryRuleViolation(CODE_ALREADY_ISSUED, "code", "code " + requested + " was issued before and is never reused");
            }
            return requested;
        }
        int next = book.highestSegment(parent, kind.first(), kind.last()).orElse(kind.first() - 1) + 1;
        if (next > kind.last()) {
            throw new RegistryRuleViolation(CODES_EXHAUSTED, "kind", "no " + kind + " codes left under " + parent);
        }
        return parent.child(next);
    }
}
