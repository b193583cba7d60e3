package cn.wanggezhili.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable once released; {@code title} is Chinese first, then English;
 * {@code errors} names each bad field. Never carries personal data.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://wanggezhili.cn/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.copyOf(errors));
    }

    public static Problem forField(ProblemType type, String field, String message) {
        return of(type, message, List.of(new FieldError(field, message)));
    }
}
