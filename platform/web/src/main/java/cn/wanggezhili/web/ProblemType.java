package cn.wanggezhili.web;

/**
 * A kind of problem: slug (the tail of its stable type URI), HTTP status and titles. Services declare their own
 * with {@link #of}; the common ones are here.
 */
public record ProblemType(String slug, int status, String titleZh, String titleEn) {

    public static final ProblemType INVALID_INPUT = of("invalid-input", 400, "请求参数无效", "Invalid input");
    public static final ProblemType UNAUTHENTICATED = of("unauthenticated", 401, "未登录或令牌无效", "Authentication required");
    public static final ProblemType FORBIDDEN = of("forbidden", 403, "无权执行此操作", "Not allowed for your role");
    public static final ProblemType OUTSIDE_GRID_SCOPE = of("outside-grid-scope", 403, "超出您的网格管辖范围", "Outside your grid scope");
    public static final ProblemType NOT_FOUND = of("not-found", 404, "未找到", "Not found");
    public static final ProblemType CONFLICT = of("concurrent-modification", 409, "数据已被他人修改，请刷新后重试", "Modified concurrently; reload and retry");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused", 422, "幂等键已用于不同的请求", "Idempotency-Key reused for a different request");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", 415, "不支持的内容类型", "Unsupported media type");
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", 429, "提交过于频繁，请稍后再试", "Too many requests; retry later");
    public static final ProblemType INTERNAL = of("internal-error", 500, "服务器内部错误", "Internal error");

    public static ProblemType of(String slug, int status, String titleZh, String titleEn) {
        return new ProblemType(slug, status, titleZh, titleEn);
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    public String title() {
        return titleZh + " / " + titleEn;
    }
}
