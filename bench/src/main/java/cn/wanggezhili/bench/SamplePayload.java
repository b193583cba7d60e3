package cn.wanggezhili.bench;

import java.util.UUID;

/**
 * A payload shaped like a real escalation event (~200 bytes of JSON). Baseline and candidate write the very same
 * text, so jsonb parsing costs both the same and only the event store's own work differs.
 */
final class SamplePayload {

    static final String EVENT_TYPE = "task-dispatch.TaskEscalated.v1";

    private SamplePayload() {
    }

    static String of(UUID taskId, String gridCode, long sequence) {
        return "{\"taskId\":\"" + taskId + "\",\"gridCode\":\"" + gridCode + "\",\"level\":2,"
                + "\"reason\":\"overdue by 3 days\",\"escalatedTo\":\"township\",\"sequence\":" + sequence
                + ",\"deadline\":\"2026-12-01T08:00:00Z\"}";
    }

    /** Grid codes of one township's villages, so that events spread over a realistic subtree. */
    static String gridCode(int index) {
        return "1410810010" + String.format("%02d", index % 100);
    }
}
