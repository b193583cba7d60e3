package cn.wanggezhili.registry.domain;

import java.time.Instant;

/** A person holding a post on a unit since a time. */
public record Assignment(AssignmentId id, StaffId staffId, String staffName, String username, StaffRole role, Instant since) {
}
