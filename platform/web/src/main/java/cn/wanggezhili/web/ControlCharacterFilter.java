package cn.wanggezhili.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path and query parameters, and the headers the services read, that hold control characters: a 400 naming
 * the parameter, before any resource or database sees the value.
 */
public class ControlCharacterFilter {

    /** Headers whose values reach a database or a log. */
    private static final List<String> READ_HEADERS = List.of("Idempotency-Key", "Last-Event-ID");

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(UriInfo uri, HttpHeaders headers) {
        return firstBad(uri.getPathParameters())
                .or(() -> firstBad(uri.getQueryParameters()))
                .or(() -> READ_HEADERS.stream().filter(h -> ControlCharacters.inToken(headers.getHeaderString(h))).findFirst())
                .map(field -> ProblemMappers.response(Problem.forField(ProblemType.INVALID_INPUT, field, ControlCharacters.MESSAGE)));
    }

    private static Optional<String> firstBad(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .filter(p -> ControlCharacters.inToken(p.getKey()) || p.getValue().stream().anyMatch(ControlCharacters::inToken))
                .map(p -> ControlCharacters.inToken(p.getKey()) ? "query" : p.getKey())
                .findFirst();
    }
}
