package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER_TEAM;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK;
import static org.strengtheningfamilies.programme.ProgrammeVariables.PHASE_NEEDS;
import static org.strengtheningfamilies.programme.ProgrammeVariables.PROGRAMME_PHASE;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.EXPECTING_CHILD;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_DOMESTIC_ABUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_HOUSING;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_POLICE_CALLOUTS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_SUBSTANCE_MISUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.REFERRED_BY;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_PERIODS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.events.FamilyAttached;
import org.strengtheningfamilies.events.FamilyReferred;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.ReferralRules;

/**
 * Start listener of StartEvent_Referral: a case starts only from a valid referral of a family
 * without a live case, under the programme phase of new referrals, which it records and keeps to its end.
 * Throwing rolls the start back, so no half-made case remains.
 */
@Component("referralStartListener")
class ReferralStartListener implements ExecutionListener {

    private final ReferralRules rules;
    private final CaseloadRepository caseload;
    private final CaseEvents events;
    private final ProgrammePhases phases;
    private final PhaseVariableRule phaseVariables;

    ReferralStartListener(ReferralRules rules, CaseloadRepository caseload, CaseEvents events, ProgrammePhases phases) {
        this.rules = rules;
        this.caseload = caseload;
        this.events = events;
        this.phases = phases;
        this.phaseVariables = new PhaseVariableRule(phases);
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProgrammePhase phase = phases.current();
        PhaseSettings settings = phases.settings(phase);
        Map<String, Object> referral = execution.getVariables();
        List<Problem> problems = new ArrayList<>();
        if (referral.get(PROGRAMME_PHASE.name()) != null) {
            problems.add(new Problem(PROGRAMME_PHASE.name(), "The programme sets the case's programme when a family is "
                    + "referred (this council refers under " + phase.title() + "), not a form or client: leave it out."));
        }
        problems.addAll(rules.problemsOfReferral(referral, settings));
        problems.addAll(phaseVariables.problems(settings, referral));
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
        String familyRef = FAMILY_REF.require(execution);
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            execution.setProcessBusinessKey(familyRef);
        } else if (!businessKey.equals(familyRef)) {
            throw CaseDataException.of(FAMILY_REF.name(), "The case's business key (" + businessKey
                    + ") must be its “" + FAMILY_REF.label() + "” (" + familyRef + "): start it with the family's reference.");
        }
        if (!caseload.register(familyRef, execution.getProcessInstanceId())) {
            throw CaseDataException.of(FAMILY_REF.name(), "The family " + familyRef
                    + " already has a live case, so a second referral cannot start another. Ask the programme coordinator "
                    + "about the family's case.");
        }
        PROGRAMME_PHASE.set(execution, phase);
        caseload.recordPhase(familyRef, phase.name());
        // Gateways and forms read these; absent and false must mean the same thing.
        List<ProcessVariable<Boolean>> flags = new ArrayList<>(List.of(RETROSPECTIVE));
        if (phase.judgedByNeeds()) {
            PHASE_NEEDS.set(execution, phases.needOptions(phase));
            if (settings.dependentChildRequired()) {
                flags.add(EXPECTING_CHILD);
            }
        } else {
            flags.addAll(List.of(CRITERION_CRIME_ASB, CRITERION_EDUCATION, CRITERION_WORK, LOCAL_DOMESTIC_ABUSE,
                    LOCAL_POLICE_CALLOUTS, LOCAL_SUBSTANCE_MISUSE, LOCAL_HOUSING));
        }
        for (ProcessVariable<Boolean> flag : flags) {
            if (flag.get(execution) == null) {
                flag.set(execution, false);
            }
        }
        // task assignments are expressions over these, which must exist even when empty
        // a blank key worker from the form is no key worker (an assignee "" would hide the task)
        KEY_WORKER.set(execution, KEY_WORKER.get(execution));
        if (!execution.hasVariable(REFERRED_BY.name())) {
            REFERRED_BY.set(execution, null);
        }
        if (RETROSPECTIVE.get(execution)) {
            caseload.recordAttachment(familyRef, ATTACHMENT_DATE.require(execution));
            KEY_WORKER_TEAM.set(execution, LEAD_SERVICE.require(execution).teamGroup());
            if (!execution.hasVariable(SUPPORT_PERIODS.name())) {
                SUPPORT_PERIODS.set(execution, 1);
            }
        } else if (!execution.hasVariable(KEY_WORKER_TEAM.name())) {
            KEY_WORKER_TEAM.set(execution, null);
        }
        boolean retrospective = RETROSPECTIVE.get(execution);
        events.publish(new FamilyReferred(execution.getProcessInstanceId(), familyRef, events.today(), retrospective,
                DISTRICT.get(execution), phase));
        if (retrospective) {
            events.identified(execution);
            events.publish(new FamilyAttached(execution.getProcessInstanceId(), familyRef, ATTACHMENT_DATE.require(execution)));
        }
    }
}
