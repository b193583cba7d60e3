package cn.wanggezhili.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    private static final String KEPT = """
            openapi: 3.0.3
            servers:
            - url: http://127.0.0.1:8082
            tags:
            - name: Tasks
              description: Field work
            paths:
              /api/v1/tasks/{id}/acceptances:
                post:
                  operationId: acceptTask
                  summary: The owner accepts the task
                  description: Only the task's owner.
                  tags: [Tasks]
                  responses:
                    "200":
                      description: The task
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Task"
                    "400":
                      $ref: "#/components/responses/BadRequest"
                    "401":
                      $ref: "#/components/responses/Unauthenticated"
            """;

    @Test
    void a_document_that_keeps_the_conventions_has_no_breaches() throws Exception {
        assertThat(OpenApiConventions.breaches(KEPT)).isEmpty();
    }

    @Test
    void an_operation_without_a_verb_and_noun_id_a_description_or_a_typed_answer_is_named() throws Exception {
        String broken = KEPT.replace("operationId: acceptTask", "operationId: accept")
                .replace("      description: Only the task's owner.\n", "")
                .replace("$ref: \"#/components/schemas/Task\"", "{}")
                .replace("schema:\n                            {}", "schema: {}");

        assertThat(OpenApiConventions.breaches(broken)).containsExactlyInAnyOrder(
                "POST /api/v1/tasks/{id}/acceptances: operationId 'accept' is not camelCase verb + noun",
                "POST /api/v1/tasks/{id}/acceptances: no description",
                "POST /api/v1/tasks/{id}/acceptances: 200 application/json has no typed schema");
    }

    @Test
    void an_error_answer_must_be_a_shared_problem_response_and_401_must_be_declared() throws Exception {
        String broken = KEPT.replace("""
                    "401":
                      $ref: "#/components/responses/Unauthenticated"
            """, """
                    "404":
                      description: not found
            """);

        assertThat(OpenApiConventions.breaches(broken)).containsExactlyInAnyOrder(
                "POST /api/v1/tasks/{id}/acceptances: 404 is not one of the shared Problem responses",
                "POST /api/v1/tasks/{id}/acceptances: 401 is not declared");
    }
}
