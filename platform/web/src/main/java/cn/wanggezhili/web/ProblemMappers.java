package cn.wanggezhili.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a service answers, as problem+json: the one place where exceptions become HTTP answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return response(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return response(Problem.of(ProblemType.INVALID_INPUT, detail, errors));
    }

    /** A domain rule refused the command: named type, 409 (conflict with current state) or 422, the field named. */
    /** Nothing of that kind with that id (or an id of another kind: it tells nothing). */
    @ServerExceptionMapper
    public Response notFound(cn.wanggezhili.kernel.NotFound e) {
        return response(Problem.of(ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidInput(cn.wanggezhili.kernel.InvalidInput e) {
        return response(Problem.forField(ProblemType.INVALID_INPUT, e.field(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response ruleViolation(cn.wanggezhili.kernel.RuleViolation e) {
        int status = e.rule().isConflict() ? 409 : 422;
        String title = e.rule().title() != null ? e.rule().title()
                : e.rule().isConflict() ? "与当前状态冲突 / Conflicts with the current state" : "不符合业务规则 / Breaks a business rule";
        List<Problem.FieldError> fields = e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return response(new Problem(Problem.TYPE_BASE + e.rule().slug(), title, status, e.getMessage(), fields));
    }

    /** Quarkus maps its own subclass for resource parameters; it must come here too. */
    @ServerExceptionMapper
    public Response invalidParameters(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e) {
        return invalid(e);
    }

    /** Unreadable JSON or a value of the wrong shape: name the JSON path of the field. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message = e instanceof PlainTextJson.ControlCharacterInText ? ControlCharacters.MESSAGE
                // the value itself is left out: it may hold what the client should not see echoed (a NUL, personal data)
                : e instanceof InvalidFormatException f ? "cannot read the value as " + f.getTargetType().getSimpleName()
                : "malformed JSON";
        return response(Problem.forField(ProblemType.INVALID_INPUT, field.isEmpty() ? "body" : field, message));
    }

    /** Quarkus has its own mapper for this subclass (wrong value type, unknown enum); ours must win. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    /** A token that is no valid JWT of the realm: the same 401 as none, problem+json too (not Quarkus's empty one). */
    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e) {
        return unauthenticated();
    }

    private static Response unauthenticated() {
        return Response.fromResponse(response(Problem.of(ProblemType.UNAUTHENTICATED, "a valid bearer token is required")))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(Problem.of(ProblemType.FORBIDDEN, "your role does not allow this operation"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return response(Problem.of(ProblemType.NOT_FOUND, "no such resource"));
        }
        if (e instanceof NotSupportedException) {
            return response(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send application/json"));
        }
        if (e instanceof NotAllowedException) {
            return response(new Problem(Problem.TYPE_BASE + "method-not-allowed", "不支持的请求方法 / Method not allowed",
                    405, "method not allowed on this resource", List.of()));
        }
        if (status >= 500) {
            return internalError(e);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus's reader wraps a mapping failure that is not a MismatchedInputException (a control character in
            // a text field): name the field all the same
            return unreadable(json);
        }
        if (status == 400) {
            // the framework refused the body before our mappers saw it (e.g. JSON cut short)
            return response(Problem.forField(ProblemType.INVALID_INPUT, "body", "the request body could not be read"));
        }
        return response(new Problem(Problem.TYPE_BASE + "http-" + status, "请求无法处理 / Request not processed",
                status, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e) {
        return internalError(e);
    }

    /** Anything unexpected: a 500 with a reference to the log, never the exception's text (it may hold data). */
    public static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return response(Problem.of(ProblemType.INTERNAL, "reference " + reference));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // resource-method violations read "create.body.name": drop the method and parameter names
        String last = "";
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                last = node.getName();
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? last : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
