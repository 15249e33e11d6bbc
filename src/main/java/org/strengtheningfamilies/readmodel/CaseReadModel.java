package org.strengtheningfamilies.readmodel;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.strengtheningfamilies.events.CaseClosed;
import org.strengtheningfamilies.events.ClaimRecorded;
import org.strengtheningfamilies.events.FamilyAttached;
import org.strengtheningfamilies.events.FamilyIdentified;
import org.strengtheningfamilies.events.FamilyReferred;
import org.strengtheningfamilies.events.FamilySteppedUp;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.events.OutcomesAssessed;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.referral.HouseholdMember;

/**
 * Keeps the reporting read model up to date with what happens to each family, in the step's own
 * transaction. Each step is dated with its event's business date (the business clock on the day the
 * step happened, so a panel decision is dated the day the panel decided), which demo data and tests
 * can set through the engine's clock.
 */
class CaseReadModel {

    /** After access grants, before capacity notifications: a family woken by a freed place sees this one's record. */
    static final int ORDER = 2;

    private final ReadModelStore store;
    private final ProgrammeCalendar calendar;

    public CaseReadModel(ReadModelStore store, ProgrammeCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    @EventListener
    @Order(ORDER)
    public void on(FamilyReferred referred) {
        store.referred(referred.processInstanceId(), referred.familyRef(), referred.on(), referred.retrospective(),
                referred.district());
    }

    /** The panel accepted the family (with a lead service, NFA included), or it was referred retrospectively. */
    @EventListener
    @Order(ORDER)
    public void on(FamilyIdentified identified) {
        List<YoungPerson> youngPeople = identified.householdMembers().stream()
                .filter(m -> m.role() == HouseholdMember.Role.CHILD)
                .map(m -> new YoungPerson(m.gender() == null ? null : m.gender().name(), m.schoolYear(),
                        m.sen() == null ? null : m.sen().name(), m.freeSchoolMeals(), blankToNull(m.ethnicity()),
                        m.knownToSocialCare()))
                .toList();
        List<String> issues = identified.presentingIssues().stream()
                .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        store.identified(identified.processInstanceId(), identified.familyRef(), identified.on(), identified.district(),
                identified.route() == null ? null : identified.route().name(),
                identified.leadService() == null ? null : identified.leadService().name(),
                identified.needLevel(), youngPeople, issues);
    }

    @EventListener
    @Order(ORDER)
    public void on(FamilySteppedUp steppedUp) {
        store.leadServiceChanged(steppedUp.processInstanceId(), steppedUp.on(), steppedUp.leadService().name(),
                steppedUp.needLevel());
    }

    @EventListener
    @Order(ORDER)
    public void on(KeyWorkerAllocated allocated) {
        store.allocated(allocated.processInstanceId(), allocated.on());
    }

    @EventListener
    @Order(ORDER)
    public void on(FamilyAttached attached) {
        OptionalInt year = calendar.programmeYear(attached.on());
        store.attached(attached.processInstanceId(), attached.on(), year.isPresent() ? year.getAsInt() : null);
    }

    @EventListener
    @Order(ORDER)
    public void on(OutcomesAssessed assessed) {
        if (assessed.results().turnedAround()) {
            store.turnedAround(assessed.processInstanceId(), assessed.on());
        }
    }

    @EventListener
    @Order(ORDER)
    public void on(ClaimRecorded recorded) {
        store.claimed(recorded.processInstanceId(), recorded.on());
    }

    @EventListener
    @Order(ORDER)
    public void on(CaseClosed closed) {
        store.closed(closed.processInstanceId(), closed.on(), closed.outcome());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
