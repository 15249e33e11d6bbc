package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SEEK_CONSENT;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The activity report counts the families' overdue work as at a date (open then, its due day passed),
 * by lead service, from the open-work read model; the capacity report each key worker's overdue tasks
 * now. Two families referred on 30 September 2013: one allocated (consent due 5 October), one waiting
 * for the panel (due 10 October).
 */
class OverdueWorkReportTest extends FamilyCaseProcessTest {

    @Autowired ProgrammeReports reports;
    @Autowired CapacityReportController capacity;

    @Test
    void overdueWorkIsCountedAsAtEachDateByLeadServiceAndNowByKeyWorker() {
        ProcessInstance allocated = startCase(referral("MK-000951"));
        complete(allocated, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        String worker = taskOf(allocated, TASK_SEEK_CONSENT).getAssignee();
        startCase(referral("MK-000952"));

        assertThat(overdue("2013-10-05")).isEqualTo(List.of(0L, 0L, 0L));
        assertThat(overdue("2013-10-06")).as("consent due 5 October").isEqualTo(List.of(1L, 0L, 1L));
        assertThat(overdue("2013-10-11")).as("and the panel's, due 10 October").isEqualTo(List.of(1L, 1L, 2L));

        on("2013-10-07");
        CapacityReport now = capacityReport();
        assertThat(now.overdueTasks()).isEqualTo(1L);
        assertThat(now.overdueTasksNotTaken()).isEqualTo(0L);
        assertThat(workerRow(now, worker).overdueTasks()).isEqualTo(1L);
        on("2013-10-11");
        assertThat(capacityReport().overdueTasks()).isEqualTo(2L);
        assertThat(capacityReport().overdueTasksNotTaken()).isEqualTo(1L);

        // consent given on 8 October: as at the 6th it was still overdue, as at the 9th it is not
        on("2013-10-08");
        complete(allocated, TASK_SEEK_CONSENT, consent(true));
        assertThat(overdue("2013-10-06")).isEqualTo(List.of(1L, 0L, 1L));
        assertThat(overdue("2013-10-09")).isEqualTo(List.of(0L, 0L, 0L));
        on("2013-10-12");
        assertThat(workerRow(capacityReport(), worker).overdueTasks()).isEqualTo(0L);
    }

    /** CFP overdue tasks, overdue tasks before the panel, all overdue tasks of the activity report (exact figures). */
    private List<Long> overdue(String asOf) {
        ActivityReport report = reports.activity(LocalDate.parse(asOf), ProgrammeReports.Audience.EXACT, java.util.Optional.empty());
        ActivityReport.Row cfp = report.rows().stream().filter(row -> "CFP".equals(row.leadService())).findFirst().orElseThrow();
        return List.of(cfp.overdueTasks().value().longValue(), report.overdueTasksBeforePanel().value().longValue(),
                report.overdueTasks().value().longValue());
    }

    private CapacityReport capacityReport() {
        engine.getIdentityService().setAuthentication("manager", List.of("managers"));
        try {
            return capacity.capacity(null);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static CapacityReport.KeyWorker workerRow(CapacityReport report, String worker) {
        return report.services().stream().flatMap(service -> service.keyWorkers().stream())
                .filter(row -> worker.equals(row.keyWorker())).findFirst().orElseThrow();
    }

    private void on(String day) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(clock.getZone()).toInstant()));
    }
}
