package cn.wanggezhili.scoring.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is scored: a grid worker (staffId), a household (householdId) or a subject of scoring's own register.
 * {@code username} is set when the subject can log in (grid staff, cadres), so that nobody scores themselves.
 * {@link #toString} leaves the name out.
 */
public record Subject(SubjectType type, UUID id, String name, String code, String username) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
    }

    public boolean isLoggedInAs(String callerUsername) {
        return username != null && username.equals(callerUsername);
    }

    @Override
    public String toString() {
        return "Subject[" + type + " " + id + " @" + code + "]";
    }
}
