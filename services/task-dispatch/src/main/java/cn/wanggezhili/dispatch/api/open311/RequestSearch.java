package cn.wanggezhili.dispatch.api.open311;

import cn.wanggezhili.dispatch.app.TaskTypes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Open311Queries.Filter;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/**
 * The query of {@code GET requests.json} read as GeoReport v2 defines it: comma-delimited lists, W3C dates, a
 * default span of 90 days, and {@code service_request_id} overriding every other filter (but never the scope).
 */
record RequestSearch(String ids, String serviceCodes, String startDate, String endDate, String status, String under) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    static final int MAX_IDS = 200;

    Filter filter(Caller caller, Instant now, TaskTypes types) {
        List<GridCode> scope = under == null || under.isBlank() ? caller.scope() : List.of(GridCodes.parse(under.strip(), "under"));
        if (scope.isEmpty()) {
            throw new ProblemException(ProblemType.OUTSIDE_GRID_SCOPE, "your token carries no grid scope");
        }
        List<UUID> requested = parsedIds();
        if (!requested.isEmpty()) {
            return new Filter(scope, requested, List.of(), null, null, null);
        }
        Instant to = time(endDate, "end_date");
        Instant from = time(startDate, "start_date");
        if (from == null) {
            from = (to == null ? now : to).minus(DEFAULT_SPAN);
        }
        if (to != null && to.isBefore(from)) {
            throw ProblemException.badField("end_date", "must not be before start_date");
        }
        return new Filter(scope, List.of(), knownServiceCodes(types), from, to, open());
    }

    private List<UUID> parsedIds() {
        List<UUID> parsed = new ArrayList<>();
        for (String id : split(ids)) {
            try {
                parsed.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("service_request_id", "comma-separated request ids (UUIDs)");
            }
        }
        if (parsed.size() > MAX_IDS) {
            throw ProblemException.badField("service_request_id", "at most " + MAX_IDS + " ids");
        }
        return parsed;
    }

    private List<String> knownServiceCodes(TaskTypes types) {
        List<String> codes = split(serviceCodes);
        for (String code : codes) {
            if (types.byCode(code).isEmpty()) {
                throw ProblemException.badField("service_code", "unknown service; services.json lists them");
            }
        }
        return codes;
    }

    /** open, closed or both (also when absent). */
    private Boolean open() {
        List<String> wanted = split(status);
        if (!wanted.stream().allMatch(s -> s.equals("open") || s.equals("closed"))) {
            throw ProblemException.badField("status", "open, closed or open,closed");
        }
        boolean open = wanted.contains("open");
        boolean closed = wanted.contains("closed");
        return open == closed ? null : open;
    }

    private static Instant time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // an unencoded "+08:00" arrives as " 08:00"; no W3C date has a space, so put the plus back
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "a W3C date-time with offset, e.g. 2026-11-27T08:00:00+08:00");
        }
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
