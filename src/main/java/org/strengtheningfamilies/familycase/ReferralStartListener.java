package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER_TEAM;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_DOMESTIC_ABUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_HOUSING;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_POLICE_CALLOUTS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_SUBSTANCE_MISUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.REFERRED_BY;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_PERIODS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.events.FamilyAttached;
import org.strengtheningfamilies.events.FamilyReferred;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.referral.ReferralRules;

/**
 * Start listener of StartEvent_Referral: a case starts only from a valid referral of a family
 * without a live case. Throwing rolls the start back, so no half-made case remains.
 */
@Component("referralStartListener")
class ReferralStartListener implements ExecutionListener {

    private final ReferralRules rules;
    private final CaseloadRepository caseload;
    private final CaseEvents events;

    ReferralStartListener(ReferralRules rules, CaseloadRepository caseload, CaseEvents events) {
        this.rules = rules;
        this.caseload = caseload;
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<Problem> problems = rules.problemsOfReferral(execution.getVariables());
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
        // Gateways and forms read these; absent and false must mean the same thing.
        for (ProcessVariable<Boolean> flag : List.of(RETROSPECTIVE, CRITERION_CRIME_ASB, CRITERION_EDUCATION,
                CRITERION_WORK, LOCAL_DOMESTIC_ABUSE, LOCAL_POLICE_CALLOUTS, LOCAL_SUBSTANCE_MISUSE, LOCAL_HOUSING)) {
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
                DISTRICT.get(execution)));
        if (retrospective) {
            events.identified(execution);
            events.publish(new FamilyAttached(execution.getProcessInstanceId(), familyRef, ATTACHMENT_DATE.require(execution)));
        }
    }
}
