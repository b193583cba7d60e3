package cn.wanggezhili.dispatch.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.dispatch.domain.Priority;

/** Request and response bodies of the task dispatch API (JSON, camelCase). */
public final class Dtos {

    private Dtos() {
    }

    static final String CODE = "^[0-9]{12}([0-9]{3})*$";

    public record ReportTaskRequest(
            @NotBlank @Size(max = 40) String typeCode,
            @NotBlank @Pattern(regexp = CODE) String unitCode,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            Priority priority,
            Map<String, String> attributes,
            @Schema(description = "Free text from the reporter, e.g. how to reach a resident") @Size(max = 500) String reporterNote,
            @Schema(description = "A dispatcher's choice of owner (login name); otherwise the task is routed") @Size(max = 100) String assigneeUsername) {
    }

    public record CompletionRequest(@NotBlank @Size(max = 2000) String result, @Size(max = 4000) String notes,
                                    @Size(max = 20) List<@Size(max = 200) String> evidence) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record HandoverRequest(@NotBlank @Size(max = 100) String toUsername, @Size(max = 500) String note) {
    }

    public record MergeRequest(UUID intoTaskId) {
    }

    @Schema(description = "A task (任务) and where it stands")
    public record TaskResponse(UUID id, String unitCode, String originCode, String typeCode, String typeNameZh, String title,
                               String source, String sourceNameZh, String priority, String status, String statusNameZh,
                               @Schema(nullable = true, description = "None while the task waits for someone to take it")
                               Owner owner,
                               Instant dueAt, boolean overdue, Instant createdAt,
                               @Schema(nullable = true) Instant completedAt,
                               @Schema(nullable = true) Instant closedAt,
                               @Schema(nullable = true) String closedAtLevelCode,
                               @Schema(nullable = true) Boolean closedAtOrigin,
                               int escalations,
                               @Schema(nullable = true) UUID likelyDuplicateOf,
                               @Schema(nullable = true) UUID mediationCaseId,
                               @Schema(nullable = true) String mediationOutcome,
                               int version) {
    }

    public record Owner(UUID staffId, String username, String name) {
    }

    public record TaskPage(List<TaskResponse> items, @Schema(nullable = true) String next) {
    }

    public record TaskTypeResponse(String code, String nameZh, String nameEn, String defaultDeadline,
                                   String defaultPriority, List<AttributeResponse> attributes) {
    }

    public record AttributeResponse(String code, String datatype, boolean required, String descriptionZh, List<String> values) {
    }
}
