package cn.wanggezhili.mediation.app;

import java.util.UUID;
import cn.wanggezhili.mediation.domain.PartyKind;

/** A party as given in a command, personal data in clear: never logged ({@link #toString} is redacted). */
public record NewParty(PartyKind kind, String name, String idNumber, String phone, UUID householdId) {

    @Override
    public String toString() {
        return "NewParty[kind=" + kind + ", redacted]";
    }
}
