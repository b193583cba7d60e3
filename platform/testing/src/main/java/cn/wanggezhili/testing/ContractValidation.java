package cn.wanggezhili.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every REST Assured call a service's tests make is checked against the service's checked-in OpenAPI document
 * (api-specs/openapi/&lt;service&gt;.yaml), with Atlassian's swagger-request-validator:
 * <ul>
 * <li>every response under /api: its status must be documented for the operation, and its body must match the
 * documented schema for that status (an error's too: the shared Problem);</li>
 * <li>the request, when the service accepted it (2xx): a request the document refuses must not be one the service
 * takes. A refused request is often the test's point (bad input, a junk token), so it is not checked itself; nor is a
 * form-encoded one, whose fields the validator's adapter cannot read.</li>
 * </ul>
 * A mismatch fails the test with the validator's messages. Installed for each test class by
 * {@link ContractValidationExtension}; calls outside /api (health, the dashboard's files) are not checked.
 */
public final class ContractValidation implements OrderedFilter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile boolean installed;

    private final OpenApiInteractionValidator validator;

    private ContractValidation(Path document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(forValidation(document))
                .withBasePathOverride("/")
                .withLevelResolver(LevelResolver.create()
                        // the validator does not speak OpenID Connect; tokens are the service's own tests' business
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * The document as the validator should read it. A nullable reference is written {@code allOf: [$ref]} beside
     * {@code nullable: true}, as OpenAPI 3.0 has it and generators read it; the validator applies the allOf to a null
     * too and refuses it. For validation only, such a property becomes "the reference, or null".
     */
    private static String forValidation(Path document) {
        try {
            JsonNode root = YAML.readTree(document.toFile());
            nullableReferencesAsAnyOf(root);
            return new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void nullableReferencesAsAnyOf(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("nullable").asBoolean(false)
                && object.path("allOf").size() == 1 && object.path("allOf").get(0).has("$ref")) {
            JsonNode reference = object.get("allOf").get(0);
            object.remove(List.of("allOf", "nullable", "type"));
            ObjectNode orNull = object.putArray("anyOf").add(reference).addObject();
            orNull.put("type", "string").put("nullable", true).putArray("enum").addNull();
        }
        node.forEach(ContractValidation::nullableReferencesAsAnyOf);
    }

    /** Adds the filter for {@code document} to REST Assured's defaults, once per class loader. */
    public static synchronized void installFor(Path document) {
        if (!installed) {
            RestAssured.filters(new ContractValidation(document));
            installed = true;
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase());
        ValidationReport report = validator.validateResponse(path, method, RestAssuredResponse.of(response));
        if (response.statusCode() / 100 == 2 && !isForm(request)) {
            report = report.merge(validator.validateRequest(RestAssuredRequest.of(request)));
        }
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + response.statusCode()
                    + ", which the OpenAPI document does not allow:\n" + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")));
        }
        return response;
    }

    /** The validator's REST Assured adapter does not see form parameters as a body, so a form is not checked. */
    private static boolean isForm(FilterableRequestSpecification request) {
        return request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded");
    }

    @Override
    public int getOrder() {
        // after every other filter, so the request validated is the one sent
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
