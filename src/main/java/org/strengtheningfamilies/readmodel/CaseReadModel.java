package org.strengtheningfamilies.readmodel;

import static org.strengtheningfamilies.identification.IdentificationVariables.IDENTIFICATION_ROUTE;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.PRESENTING_ISSUES;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.referral.HouseholdMember;

/**
 * The one place the case's hooks (start and end listeners, delegates) report a step to the reporting
 * read model. Each step is dated with the business date: the engine's clock on the day the step
 * happens (so a panel decision is dated the day the panel decided), which demo data and tests can set
 * through Camunda's ClockUtil (the business clock).
 */
public class CaseReadModel {

    private final ReadModelStore store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    public CaseReadModel(ReadModelStore store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The referral started a case; a retrospective one (previously worked with) is identified and attached at once. */
    public void referred(DelegateExecution execution) {
        String familyRef = FAMILY_REF.require(execution);
        boolean retrospective = Boolean.TRUE.equals(RETROSPECTIVE.get(execution));
        LocalDate today = today();
        store.referred(execution.getProcessInstanceId(), familyRef, today, retrospective, DISTRICT.get(execution));
        if (retrospective) {
            identifiedOn(execution, today);
            LocalDate attached = ATTACHMENT_DATE.get(execution);
            if (attached != null) {
                attached(execution, attached);
            }
        }
    }

    /** The panel accepted the family (with a lead service, NFA included). */
    public void identified(DelegateExecution execution) {
        identifiedOn(execution, today());
    }

    private void identifiedOn(DelegateExecution execution, LocalDate on) {
        IdentificationRoute route = IDENTIFICATION_ROUTE.get(execution);
        LeadService service = LEAD_SERVICE.get(execution);
        List<YoungPerson> youngPeople = HOUSEHOLD_MEMBERS.getOrDefault(execution, List.of()).stream()
                .filter(Objects::nonNull)
                .filter(m -> m.role() == HouseholdMember.Role.CHILD)
                .map(m -> new YoungPerson(m.gender() == null ? null : m.gender().name(), m.schoolYear(),
                        m.sen() == null ? null : m.sen().name(), m.freeSchoolMeals(), blankToNull(m.ethnicity()),
                        m.knownToSocialCare()))
                .toList();
        List<String> issues = PRESENTING_ISSUES.getOrDefault(execution, List.of()).stream()
                .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        store.identified(execution.getProcessInstanceId(), FAMILY_REF.require(execution), on, DISTRICT.get(execution),
                route == null ? null : route.name(), service == null ? null : service.name(),
                NEED_LEVEL.get(execution), youngPeople, issues);
    }

    public void leadServiceChanged(DelegateExecution execution) {
        LeadService service = LEAD_SERVICE.get(execution);
        store.leadServiceChanged(execution.getProcessInstanceId(), today(), service == null ? null : service.name(),
                NEED_LEVEL.get(execution));
    }

    public void allocated(DelegateExecution execution) {
        store.allocated(execution.getProcessInstanceId(), today());
    }

    public void attached(DelegateExecution execution, LocalDate attachmentDate) {
        OptionalInt year = calendar.programmeYear(attachmentDate);
        store.attached(execution.getProcessInstanceId(), attachmentDate, year.isPresent() ? year.getAsInt() : null);
    }

    public void outcomesAssessed(DelegateExecution execution, boolean turnedAround) {
        if (turnedAround) {
            store.turnedAround(execution.getProcessInstanceId(), today());
        }
    }

    public void claimed(DelegateExecution execution) {
        store.claimed(execution.getProcessInstanceId(), today());
    }

    public void closed(DelegateExecution execution, String outcome) {
        store.closed(execution.getProcessInstanceId(), today(), outcome);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
