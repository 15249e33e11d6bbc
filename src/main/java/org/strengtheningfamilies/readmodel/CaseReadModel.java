package org.strengtheningfamilies.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.strengtheningfamilies.events.CaseClosed;
import org.strengtheningfamilies.events.ClaimRecorded;
import org.strengtheningfamilies.events.FamilyAssessed;
import org.strengtheningfamilies.events.FamilyAttached;
import org.strengtheningfamilies.events.FamilyIdentified;
import org.strengtheningfamilies.events.FamilyReferred;
import org.strengtheningfamilies.events.FamilySteppedUp;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.events.NeedsIdentified;
import org.strengtheningfamilies.events.OutcomesAssessed;
import org.strengtheningfamilies.events.OutcomesRecorded;
import org.strengtheningfamilies.events.OutcomesSustained;
import org.strengtheningfamilies.events.SuccessfulFamilyOutcome;
import org.strengtheningfamilies.events.SustainPeriodStarted;
import org.strengtheningfamilies.outcomes.NeedOutcome;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.HouseholdMember;

/**
 * Keeps the reporting read model up to date with what happens to each family, in the step's own
 * transaction. Each step is dated with its event's business date (the business clock on the day the
 * step happened, so a panel decision is dated the day the panel decided), which demo data and tests
 * can set through the engine's clock. Each case is counted under the programme phase it was referred
 * under: its programme year is its phase's, and the later phases add the assessment, each need and its
 * outcome, and the sustain check.
 */
class CaseReadModel {

    /** After access grants, before capacity notifications: a family woken by a freed place sees this one's record. */
    static final int ORDER = 2;

    private final ReadModelStore store;
    private final ProgrammePhases phases;

    public CaseReadModel(ReadModelStore store, ProgrammePhases phases) {
        this.store = store;
        this.phases = phases;
    }

    @EventListener
    @Order(ORDER)
    public void on(FamilyReferred referred) {
        store.referred(referred.processInstanceId(), referred.familyRef(), referred.on(), referred.retrospective(),
                referred.district(), referred.phase() == null ? ProgrammePhase.TF_2012 : referred.phase());
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
        // the programme year is the year of the case's own phase (its start date and years)
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phases.settings(store.phaseOf(attached.processInstanceId())));
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

    /** A later phase's successful family outcome counts as turned around (DESIGN.md section 10). */
    @EventListener
    @Order(ORDER)
    public void on(SuccessfulFamilyOutcome successful) {
        store.turnedAround(successful.processInstanceId(), successful.on());
    }

    /** A later phase's needs as the panel accepted them, and again as the assessment confirmed them. */
    @EventListener
    @Order(ORDER)
    public void on(NeedsIdentified identified) {
        store.needsIdentified(identified.processInstanceId(), identified.on(), identified.needs());
    }

    @EventListener
    @Order(ORDER)
    public void on(FamilyAssessed assessed) {
        store.assessed(assessed.processInstanceId(), assessed.on());
    }

    @EventListener
    @Order(ORDER)
    public void on(OutcomesRecorded recorded) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (NeedOutcome outcome : recorded.needOutcomes()) {
            if (outcome != null && outcome.need() != null && outcome.outcome() != null) {
                outcomes.put(outcome.need(), outcome.outcome().name());
            }
        }
        store.needOutcomes(recorded.processInstanceId(), recorded.on(), outcomes);
    }

    @EventListener
    @Order(ORDER)
    public void on(SustainPeriodStarted started) {
        store.sustainPeriodStarted(started.processInstanceId(), started.on());
    }

    @EventListener
    @Order(ORDER)
    public void on(OutcomesSustained sustained) {
        store.sustainChecked(sustained.processInstanceId(), sustained.on(), sustained.sustained());
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
