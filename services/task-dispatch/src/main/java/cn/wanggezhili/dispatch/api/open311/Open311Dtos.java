package cn.wanggezhili.dispatch.api.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Open311 GeoReport v2 bodies. Unlike the rest of our API they use Open311's own snake_case field names, so that
 * existing Open311 clients read and write them unchanged.
 */
public final class Open311Dtos {

    private Open311Dtos() {
    }

    @Schema(description = "A service (服务类型): one of our task types")
    public record Service(
            @JsonProperty("service_code") @Schema(description = "The task type code") String serviceCode,
            @JsonProperty("service_name") @Schema(description = "The task type's Chinese name") String serviceName,
            String description,
            @Schema(description = "True when the service has attributes: GET its definition") boolean metadata,
            @Schema(description = "Always realtime: a request becomes a task at once") String type,
            @Schema(description = "Comma-separated keywords") String keywords,
            String group) {
    }

    @Schema(description = "A service definition: the attributes a request of this service carries")
    public record ServiceDefinition(@JsonProperty("service_code") String serviceCode, List<ServiceAttribute> attributes) {
    }

    public record ServiceAttribute(
            boolean variable,
            String code,
            @Schema(enumeration = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"}) String datatype,
            boolean required,
            @JsonProperty("datatype_description") @Schema(nullable = true) String datatypeDescription,
            int order,
            String description,
            List<AttributeValue> values) {
    }

    @Schema(description = "A value a list attribute takes: submit the key")
    public record AttributeValue(String key, String name) {
    }

    /**
     * A new service request as JSON. Form posts carry the same fields, attributes as {@code attribute[code]=value}.
     * The contact fields are personal data: only a masked note of them is kept.
     */
    @Schema(description = "A new service request; address_id is the grid code of the micro-grid or unit it concerns")
    public record ServiceRequestBody(
            @JsonProperty("service_code") @Schema(required = true) String serviceCode,
            @JsonProperty("address_id") @Schema(required = true, description = "Grid code (统一网格编码) of the micro-grid or unit")
            String addressId,
            @Schema(maxLength = 4000) String description,
            @Schema(description = "Attribute values by attribute code; a multivaluelist takes a list or comma-separated values")
            Map<String, Object> attributes,
            @JsonProperty("first_name") @Schema(maxLength = 50, description = "Personal data: kept only masked") String firstName,
            @JsonProperty("last_name") @Schema(maxLength = 50, description = "Personal data: kept only masked") String lastName,
            @Schema(maxLength = 30, description = "Personal data: kept only masked") String phone,
            @Schema(maxLength = 254, description = "Personal data: kept only masked") String email) {

        @Override
        public String toString() {
            return "ServiceRequestBody[service_code=" + serviceCode + ", address_id=" + addressId + "]";
        }
    }

    @Schema(description = "The answer to a new service request")
    public record ServiceRequestCreated(
            @JsonProperty("service_request_id") @Schema(description = "The task id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice) {
    }

    @Schema(description = "A service request: a task and where it stands")
    public record ServiceRequest(
            @JsonProperty("service_request_id") @Schema(description = "The task id") String serviceRequestId,
            @Schema(enumeration = {"open", "closed"}, description = "closed when the task is closed or cancelled") String status,
            @JsonProperty("status_notes") @Schema(description = "Chinese status, and where the task went if escalated") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            @Schema(description = "The task title") String description,
            @JsonProperty("agency_responsible") @Schema(description = "The owner's name, else the unit the task is on") String agencyResponsible,
            @JsonProperty("requested_datetime") @Schema(format = "date-time") String requestedDatetime,
            @JsonProperty("updated_datetime") @Schema(format = "date-time") String updatedDatetime,
            @JsonProperty("expected_datetime") @Schema(format = "date-time", description = "When the task is due") String expectedDatetime,
            @JsonProperty("address_id") @Schema(description = "Grid code of the unit the request arose on") String addressId) {
    }
}
