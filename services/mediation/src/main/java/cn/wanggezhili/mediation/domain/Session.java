package cn.wanggezhili.mediation.domain;

import java.time.Instant;

/** A mediation session (调解会) by number within its case; held once its minutes are recorded. */
public record Session(int sessionNo, Instant scheduledFor, boolean held) {
}
