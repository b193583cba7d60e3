package cn.wanggezhili.dispatch.app;

import java.util.Map;
import cn.wanggezhili.dispatch.domain.Priority;
import cn.wanggezhili.gridcode.GridCode;

/**
 * A new task: a grid worker's report from the field, a resident's report, or a dispatch from above.
 * {@code assigneeUsername} lets a dispatcher choose the owner; otherwise routing does.
 */
public record ReportTask(String typeCode, GridCode unitCode, String title, String description, Priority priority,
                         Map<String, String> attributes, String reporterNote, String assigneeUsername) {

    @Override
    public String toString() {
        return "ReportTask[typeCode=" + typeCode + ", unitCode=" + unitCode + "]";
    }
}
