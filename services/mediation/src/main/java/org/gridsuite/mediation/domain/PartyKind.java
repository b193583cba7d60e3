package org.gridsuite.mediation.domain;

public enum PartyKind {
    RESIDENT,
    ORGANISATION
}
