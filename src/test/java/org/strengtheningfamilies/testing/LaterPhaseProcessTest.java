package org.strengtheningfamilies.testing;

import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.strengtheningfamilies.events.FamilyEvent;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Process tests of the programmes after 2015 (DESIGN.md section 10): the same engine and production
 * configuration as every process test (sf.programme.phase is 2012-15's there), with families referred under a
 * later phase as the product refers under one ({@link ProgrammePhases#referringUnder}), the business clock
 * set inside that phase, the forms filled in as a person would, and the family events recorded.
 */
public abstract class LaterPhaseProcessTest extends FamilyCaseProcessTest {

    @Autowired
    protected ProgrammePhases phases;
    @Autowired
    private ApplicationEventMulticaster multicaster;

    /** The family events published since the test's first referral. */
    protected final List<FamilyEvent> events = new ArrayList<>();
    private ApplicationListener<ApplicationEvent> recorder;

    /** The business clock (and the engine's) at noon on the day. */
    protected void today(String isoDate) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atTime(12, 0).atZone(clock.getZone()).toInstant()));
    }

    /** A referral made while the council refers under {@code phase}. */
    protected ProcessInstance refer(ProgrammePhase phase, VariableMap referral) {
        recordEvents();
        return phases.referringUnder(phase, () -> startCase(referral));
    }

    private void recordEvents() {
        if (recorder == null) {
            recorder = published -> {
                if (published instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof FamilyEvent e) {
                    events.add(e);
                }
            };
            multicaster.addApplicationListener(recorder);
        }
    }

    @AfterEach
    void stopRecording() {
        if (recorder != null) {
            multicaster.removeApplicationListener(recorder);
        }
    }

    protected <E extends FamilyEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    // ---- the later phases' forms, filled in as a person would ------------------------------------

    /**
     * A referral form of a later phase: a mother and a child of 8 (in 2023; born 2015), the needs given, each
     * with its evidence.
     */
    public static VariableMap needsReferral(String familyRef, String... needs) {
        return Variables.createVariables()
                .putValue("familyRef", familyRef)
                .putValue("referringAgency", "SCHOOL")
                .putValue("district", "Bletchley")
                .putValue("householdMembers", jsonValue("""
                        [{"name":"Sam Green","dateOfBirth":"1988-03-04","gender":"FEMALE","role":"ADULT","ethnicity":"A1"},
                         {"name":"Kai Green","dateOfBirth":"2015-02-01","gender":"MALE","role":"CHILD","schoolYear":3,
                          "ethnicity":"A1"}]""").create())
                .putValue("presentingIssues", jsonValue("[\"Parenting\"]").create())
                .putValue("needs", jsonList(needs))
                .putValue("needsEvidence", jsonValue(evidenceFor(needs)).create());
    }

    /** The same household with adults only (nobody under 20). */
    public static VariableMap adultsOnly(VariableMap referral) {
        return referral.putValue("householdMembers", jsonValue("""
                [{"name":"Sam Green","dateOfBirth":"1988-03-04","gender":"FEMALE","role":"ADULT"},
                 {"name":"Ash Green","dateOfBirth":"1986-07-09","gender":"MALE","role":"ADULT"}]""").create());
    }

    public static Object jsonList(String... values) {
        return jsonValue(java.util.Arrays.stream(values).map(v -> "\"" + v + "\"")
                .collect(Collectors.joining(",", "[", "]"))).create();
    }

    static String evidenceFor(String... needs) {
        return java.util.Arrays.stream(needs).map(n -> "\"" + n + "\":\"Evidence of " + n + " from the referrer\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    public static VariableMap assessment(String date, String... needs) {
        return Variables.createVariables().putValue("assessmentDate", date)
                .putValue("needs", jsonList(needs))
                .putValue("familyStrengths", "A close family; mother keen to work")
                .putValue("familyView", "We want Kai back in school and the rent paid");
    }

    /** Outcome verification: each need ACHIEVED unless named in {@code notAchieved}. */
    public static VariableMap needOutcomes(List<String> needs, String... notAchieved) {
        List<String> rows = new ArrayList<>();
        for (String need : needs) {
            boolean achieved = !List.of(notAchieved).contains(need);
            rows.add("{\"need\":\"" + need + "\",\"outcome\":\"" + (achieved ? "ACHIEVED" : "NOT_ACHIEVED")
                    + "\",\"evidence\":\"" + (achieved ? "Records show it" : "Still a concern") + "\"}");
        }
        return Variables.createVariables().putValue("needOutcomes", jsonValue("[" + String.join(",", rows) + "]").create());
    }

    public static VariableMap sustained(boolean held) {
        return Variables.createVariables().putValue("outcomesSustained", held)
                .putValue("sustainEvidence", held ? "School, police and housing records since support ended"
                        : "Rent arrears again since January");
    }

    public static VariableMap approved() {
        return Variables.createVariables().putValue("auditDecision", "APPROVED");
    }

    /**
     * From referral (already made) through the panel, allocation, consent, assessment, meeting and plan
     * to the start of intensive support, attached on {@code attachmentDate}.
     */
    protected void toSupport(ProcessInstance pi, String attachmentDate, String... needs) {
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        complete(pi, TASK_ASSESS_FAMILY, assessment(attachmentDate, needs));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting(attachmentDate));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, attachmentDate));
    }

    protected Map<String, Object> variables(ProcessInstance pi) {
        return engine.getRuntimeService().getVariables(pi.getId());
    }
}
