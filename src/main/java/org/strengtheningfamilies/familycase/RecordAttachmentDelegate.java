package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.payment.PaymentVariables.PROGRAMME_YEAR;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_END_DATE;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_PERIODS;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.events.FamilyAttached;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.StaffDates;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.support.SupportSchedule;

/** Task_RecordAttachment: the signed plan attaches the family; its date fixes the programme year of the case's phase. */
@Component("recordAttachmentDelegate")
class RecordAttachmentDelegate implements JavaDelegate {

    private final SupportSchedule schedule;
    private final ProgrammePhases phases;
    private final CaseloadRepository caseload;
    private final CaseEvents events;

    RecordAttachmentDelegate(SupportSchedule schedule, ProgrammePhases phases, CaseloadRepository caseload,
                             CaseEvents events) {
        this.events = events;
        this.schedule = schedule;
        this.phases = phases;
        this.caseload = caseload;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate attached = ATTACHMENT_DATE.require(execution);
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phases.settingsOf(execution));
        int year = calendar.programmeYear(attached).orElseThrow(() -> CaseDataException.of(ATTACHMENT_DATE.name(),
                "“" + ATTACHMENT_DATE.label() + "” " + StaffDates.format(attached) + " is outside the programme's years."));
        String familyRef = FAMILY_REF.require(execution);
        caseload.recordAttachment(familyRef, attached);
        PROGRAMME_YEAR.set(execution, year);
        SUPPORT_END_DATE.set(execution, schedule.supportEnds(attached));
        SUPPORT_PERIODS.set(execution, 1);
        events.publish(new FamilyAttached(execution.getProcessInstanceId(), familyRef, attached));
    }
}
