package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import cn.wanggezhili.kernel.InvalidInput;

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

    /**
     * Enters a party organisation, party member or village cadre in scoring's own register; grid workers and
     * households are never entered here, the grid registry's events make them known.
     */
    public static SubjectRegistered register(UUID id, SubjectType type, String name, String code, String username, Actor by,
                                             Instant at) {
        if (type.fromRegistry()) {
            throw new InvalidInput("subjectType", type + " subjects come from the grid registry");
        }
        return new SubjectRegistered(id, type, name, code, username, by, at);
    }

    public boolean isLoggedInAs(String callerUsername) {
        return username != null && username.equals(callerUsername);
    }

    @Override
    public String toString() {
        return "Subject[" + type + " " + id + " @" + code + "]";
    }
}
