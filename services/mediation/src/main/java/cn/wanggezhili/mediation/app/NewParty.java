package cn.wanggezhili.mediation.app;

import java.util.UUID;
import cn.wanggezhili.mediation.domain.PartyKind;

/**
 * A party as given in a command, personal data in clear: never logged ({@link #toString} is redacted).
 *
 * @param householdField where the household id was given (e.g. {@code parties[1].householdId}), for a 400 that names it
 */
public record NewParty(PartyKind kind, String name, String idNumber, String phone, UUID householdId, String householdField) {

    @Override
    public String toString() {
        return "NewParty[kind=" + kind + ", redacted]";
    }
}
