package cn.wanggezhili.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class SuiteContractTest {

    private static final String JSON = "application/json";

    @Test
    void a_query_answers_the_shared_errors_of_every_operation_and_no_command_errors() {
        OpenAPI api = document();

        new SuiteContract().filterOpenAPI(api);

        Operation list = api.getPaths().getPathItem("/api/v1/tasks").getGET();
        assertThat(list.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "429");
        assertThat(list.getResponses().getAPIResponse("401").getRef()).isEqualTo("#/components/responses/Unauthenticated");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
        assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders()).containsKey("Retry-After");
    }

    @Test
    void a_command_on_an_object_answers_not_found_conflicts_and_refusals_too() {
        OpenAPI api = document();

        new SuiteContract().filterOpenAPI(api);

        Operation accept = api.getPaths().getPathItem("/api/v1/tasks/{id}/acceptances").getPOST();
        assertThat(accept.getResponses().getAPIResponses().keySet())
                .contains("200", "400", "401", "403", "404", "409", "415", "422", "429");
    }

    @Test
    void every_property_a_response_reaches_is_required_and_a_nullable_timestamp_is_written_inline() {
        OpenAPI api = document();

        new SuiteContract().filterOpenAPI(api);

        Schema task = api.getComponents().getSchemas().get("Task");
        assertThat(task.getRequired()).containsExactly("id", "closedAt");
        Schema closedAt = task.getProperties().get("closedAt");
        assertThat(closedAt.getAllOf()).isNull();
        assertThat(closedAt.getType()).contains(SchemaType.STRING, SchemaType.NULL);
        assertThat(closedAt.getFormat()).isEqualTo("date-time");
    }

    @Test
    void a_request_schema_keeps_its_own_required_fields() {
        OpenAPI api = document();

        new SuiteContract().filterOpenAPI(api);

        assertThat(api.getComponents().getSchemas().get("Completion").getRequired()).containsExactly("result");
    }

    @Test
    void servers_are_a_deployment_and_the_local_run() {
        OpenAPI api = document();

        new SuiteContract().filterOpenAPI(api);

        assertThat(api.getServers()).extracting(s -> s.getUrl()).containsExactly("{scheme}://{host}", "http://127.0.0.1:{port}");
    }

    private static OpenAPI document() {
        Schema instant = OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
        Schema task = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("closedAt", OASFactory.createSchema().addType(SchemaType.NULL)
                        .addAllOf(OASFactory.createSchema().ref("#/components/schemas/Instant")));
        Schema completion = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("result", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("notes", OASFactory.createSchema().addType(SchemaType.STRING))
                .required(List.of("result"));
        Operation list = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent().addMediaType(JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Task"))))));
        Operation accept = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Completion")))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Instant", instant).addSchema("Task", task)
                        .addSchema("Completion", completion))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/tasks", OASFactory.createPathItem().GET(list))
                        .addPathItem("/api/v1/tasks/{id}/acceptances", OASFactory.createPathItem().POST(accept)));
    }
}
