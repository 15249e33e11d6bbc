package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;


/**
 * Table 2: live cases by lead service and level of need, families identified with no further
 * action, families previously worked with, and all households; with the overdue work (open tasks past
 * their due day, sf.deadlines) of each lead service's live cases, of referrals before the panel's
 * decision, and in all: of the phase asked for, or (phase null) of every phase.
 */
public record ActivityReport(String asOf, String phase, List<Row> rows, Figure noFurtherAction,
                             Figure previouslyWorkedWith, Figure total, Figure overdueTasksBeforePanel,
                             Figure familiesWithOverdueTasksBeforePanel, Figure overdueTasks,
                             Figure familiesWithOverdueTasks, Disclosure disclosureControl) implements TabularReport {

    /** One lead service; in CSV also the lines of the other households (no levels). */
    public record Row(String leadService, String leadServiceName, Figure level2, Figure level3, Figure level4,
                      Figure total, Figure overdueTasks, Figure familiesWithOverdueTasks) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Row> lines = new ArrayList<>(rows);
        lines.add(new Row("NFA", org.strengtheningfamilies.panel.LeadService.NFA.displayName(), null, null, null,
                noFurtherAction, null, null));
        lines.add(new Row("PREVIOUSLY_WORKED_WITH", "Previously worked with (retrospective)", null, null, null,
                previouslyWorkedWith, null, null));
        lines.add(new Row("BEFORE_PANEL", "Referrals before the panel's decision", null, null, null, null,
                overdueTasksBeforePanel, familiesWithOverdueTasksBeforePanel));
        lines.add(new Row("TOTAL", "Total households", null, null, null, total, overdueTasks, familiesWithOverdueTasks));
        return lines;
    }
}
