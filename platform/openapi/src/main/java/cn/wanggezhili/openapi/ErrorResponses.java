package cn.wanggezhili.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The errors the platform answers (platform/web's problem+json), declared once as shared responses with one
 * {@code Problem} schema and added to each operation by what it can meet:
 * <ul>
 * <li>every operation: 400 (a control character in any parameter or header), 401 (no valid token; all of /api is
 * signed in), 403 (role or grid scope), 429 (rate limits on submissions and on callers without a token);</li>
 * <li>with a path parameter or a request body: 404, the same for an unknown id and for one the caller may not see
 * (a body names other objects: a unit, an assignee, a household);</li>
 * <li>with a request body: 415 when it is not JSON;</li>
 * <li>commands (POST, PUT, PATCH, DELETE): 409 (a rule that conflicts with the object's state, or a concurrent
 * change) and 422 (a rule the request breaks, or an Idempotency-Key reused for another request).</li>
 * </ul>
 * An operation may declare any of these itself with its own description; that one is kept.
 */
final class ErrorResponses {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private record Status(String code, String name, String description) {
    }

    private static final Status BAD_REQUEST = new Status("400", "BadRequest",
            "请求参数无效 / Invalid input: `errors` names each bad field, parameter or header");
    private static final Status UNAUTHENTICATED = new Status("401", "Unauthenticated",
            "未登录或令牌无效 / No valid bearer token");
    private static final Status FORBIDDEN = new Status("403", "Forbidden",
            "无权执行此操作 / The caller's role, or grid scope, does not allow this");
    private static final Status NOT_FOUND = new Status("404", "NotFound",
            "未找到 / No such object, or one the caller may not see (the two are answered alike)");
    private static final Status NOT_ACCEPTABLE = new Status("406", "NotAcceptable",
            "The format asked for is not served (Accept, or an Open311 format suffix other than .json); declared by "
                    + "the operations that can answer it");
    private static final Status CONFLICT = new Status("409", "Conflict",
            "The object's state does not allow this now, or it was changed concurrently; reload and retry");
    private static final Status UNSUPPORTED = new Status("415", "UnsupportedMediaType",
            "不支持的内容类型 / Send application/json");
    private static final Status UNPROCESSABLE = new Status("422", "Unprocessable",
            "A rule of the domain refuses the request (the problem's type names the rule), or the Idempotency-Key "
                    + "was used for a different request");
    private static final Status TOO_MANY = new Status("429", "TooManyRequests",
            "提交过于频繁，请稍后再试 / Too many requests from this caller or address; wait for Retry-After seconds");

    private static final List<Status> ALL = List.of(BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, NOT_ACCEPTABLE,
            CONFLICT, UNSUPPORTED, UNPROCESSABLE, TOO_MANY);

    private ErrorResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        for (Status status : ALL) {
            openAPI.getComponents().addResponse(status.name(), response(status));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                statusesOf(method, item, operation).forEach(status -> declare(operation, status))));
        removeUnused(openAPI);
    }

    /** A shared response no operation of this service answers is left out (a linter rightly calls it noise). */
    private static void removeUnused(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getRef() != null) {
                        used.add(r.getRef().substring(r.getRef().lastIndexOf('/') + 1));
                    }
                });
            }
        }));
        for (Status status : ALL) {
            if (!used.contains(status.name())) {
                openAPI.getComponents().removeResponse(status.name());
            }
        }
    }

    private static List<Status> statusesOf(PathItem.HttpMethod method, PathItem item, Operation operation) {
        var statuses = new ArrayList<>(List.of(BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN));
        if (hasPathParameter(item, operation) || operation.getRequestBody() != null) {
            statuses.add(NOT_FOUND);
        }
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (command) {
            statuses.add(CONFLICT);
        }
        if (operation.getRequestBody() != null) {
            statuses.add(UNSUPPORTED);
        }
        if (command) {
            statuses.add(UNPROCESSABLE);
        }
        statuses.add(TOO_MANY);
        return statuses;
    }

    private static boolean hasPathParameter(PathItem item, Operation operation) {
        return Stream.concat(item.getParameters() == null ? Stream.empty() : item.getParameters().stream(),
                        operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream())
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void declare(Operation operation, Status status) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(status.code())) {
            operation.getResponses().addAPIResponse(status.code(),
                    OASFactory.createAPIResponse().ref("#/components/responses/" + status.name()));
        }
    }

    private static APIResponse response(Status status) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(status.description())
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
        if (status == TOO_MANY) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")));
        }
        return response;
    }

    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("A URI naming the kind of problem, stable once released "
                + "(https://wanggezhili.cn/problems/<slug>); for a broken rule, the rule's slug").format("uri"));
        properties.put("title", text("Short, Chinese first then English: 请求参数无效 / Invalid input"));
        properties.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .description("The HTTP status"));
        properties.put("detail", text("What went wrong with this request; never names an object the caller may not "
                + "see, never repeats a submitted value"));
        properties.put("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("Each bad field, parameter or header; omitted when the problem is not about input")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, as every service answers errors (application/problem+json)")
                .properties(properties)
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One bad input")
                .addProperty("field", text("The field (JSON path as in the request: parties[0].idNumber), query or path "
                        + "parameter, or header"))
                .addProperty("message", text("Why it was refused"))
                .required(List.of("field", "message"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
