package cn.wanggezhili.dispatch.api.open311;

import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/** What the Open311 resources share: the base path, the OpenAPI description and the format extension rule. */
final class Open311Api {

    static final String BASE = "/api/v1/open311/v2";
    static final String TAG = "Open311";

    static final String DESCRIPTION = """
            Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) for integrators and residents' apps, mapped \
            onto task types (services) and tasks (service requests). JSON only: paths end in .json as in the spec; the \
            same paths without .json are answered too. Field names are Open311's own (snake_case), unlike the rest of \
            this API. Location: instead of lat/long or address_string, a request names its place by address_id, which \
            Open311 allows as a reference to a known location; here it is the grid code (统一网格编码) of the \
            micro-grid or unit. Contact fields (first_name, last_name, phone, email) are personal data: they are never \
            stored in events or the title; only a masked note (e.g. 138****5678) is kept for the grid staff. \
            Errors follow this API's standard, RFC 9457 problem+json naming the bad field (form fields as sent, e.g. \
            attribute[topic]), not Open311's error array. Every call needs a bearer token; reads are limited to your \
            grid scope; POST needs the resident, integrator or grid staff role and honours Idempotency-Key.""";

    /** Unsupported format extension (Open311 also defines .xml; we serve JSON only). */
    static final ProblemType FORMAT_NOT_SERVED = ProblemType.of("open311-format-not-served", 406,
            "仅提供 JSON 格式", "Only the .json format is served");

    private Open311Api() {
    }

    /** {@code incident.json} or {@code incident} gives {@code incident}; any other extension is refused. */
    static String withoutFormat(String segment) {
        if (segment.endsWith(".json")) {
            return segment.substring(0, segment.length() - ".json".length());
        }
        if (segment.contains(".")) {
            throw new ProblemException(FORMAT_NOT_SERVED, "only .json (or no extension) is served");
        }
        return segment;
    }
}
