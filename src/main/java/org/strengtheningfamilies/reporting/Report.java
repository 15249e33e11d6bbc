package org.strengtheningfamilies.reporting;

import java.util.List;
import java.util.Map;

/** A report as JSON (a map for Jackson) and as one CSV table with a header. */
public record Report(Map<String, Object> json, List<String> csvHeader, List<List<Object>> csvRows) {
}
