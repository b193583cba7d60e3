package cn.wanggezhili.mediation.domain;

import cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule;

/** Free text in commands: required text is stripped and may not be blank. */
final class Texts {

    private Texts() {
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new CaseRuleViolation(Rule.TEXT_REQUIRED, field, field + " is required");
        }
        return text.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
