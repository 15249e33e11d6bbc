package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.ATTACHMENT_DATE;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.PROGRAMME_YEAR;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_END_DATE;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_PERIODS;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.familycase.CaseDataException;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/** Task_RecordAttachment: the signed plan attaches the family; its date fixes the programme year. */
@Component("recordAttachmentDelegate")
public class RecordAttachmentDelegate implements JavaDelegate {

    private final SupportSchedule schedule;
    private final ProgrammeCalendar calendar;

    public RecordAttachmentDelegate(SupportSchedule schedule, ProgrammeCalendar calendar) {
        this.schedule = schedule;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate attached = ATTACHMENT_DATE.require(execution);
        int year = calendar.programmeYear(attached).orElseThrow(() -> new CaseDataException(List.of(
                "attachmentDate " + attached + " is outside the programme")));
        PROGRAMME_YEAR.set(execution, year);
        SUPPORT_END_DATE.set(execution, schedule.supportEnds(attached));
        SUPPORT_PERIODS.set(execution, 1);
    }
}
