package cn.wanggezhili.mediation.domain;

import java.time.Instant;
import java.util.UUID;

/** The mediator pool: people who mediate without a grid post (retired judges, police, lawyers), enrolled on a unit. */
public sealed interface MediatorEvent {

    UUID staffId();

    String code();

    /** {@code background}, e.g. 退休法官; {@code username} when they log in. */
    record MediatorEnrolled(UUID staffId, String code, String name, String username, String background, String studio,
                            Instant at) implements MediatorEvent {
    }
}
