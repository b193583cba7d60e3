package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.UUID;

/** A party organisation, party member or village cadre entered in scoring's own register by a township admin. */
public record SubjectRegistered(UUID subjectId, SubjectType subjectType, String name, String code, String username,
                                Actor registeredBy, Instant at) {

    @Override
    public String toString() {
        return "SubjectRegistered[" + subjectType + " " + subjectId + " @" + code + "]";
    }
}
