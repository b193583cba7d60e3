package org.gridsuite.command.api;

import org.gridsuite.gridcode.GridCode;
import org.gridsuite.security.Caller;
import org.gridsuite.web.GridCodes;

/** The unit a request is about: {@code under} when given, else the first unit of the caller's scope. */
final class Roots {

    private Roots() {
    }

    static GridCode of(Caller caller, String under) {
        return under == null && !caller.scope().isEmpty() ? caller.scope().get(0) : GridCodes.parse(under, "under");
    }
}
