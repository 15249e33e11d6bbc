package org.strengtheningfamilies.familycase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.AllocationVariables;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.StaffDates;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammeVariables;
import org.strengtheningfamilies.referral.ReferralVariables;
import org.strengtheningfamilies.support.SupportVariables;

/**
 * Complete listener on every user task of family-case: applies the task's {@link TaskDataRule}, and
 * refuses variables of another programme phase than the case's. Throwing here rolls the completion back,
 * so the task stays open with nothing written.
 */
@Component("caseDataValidation")
class CaseDataValidation implements TaskListener {

    private final TaskDataRules rules;
    private final CaseloadRepository caseload;
    private final ProgrammePhases phases;
    private final PhaseVariableRule phaseVariables;

    CaseDataValidation(TaskDataRules rules, CaseloadRepository caseload, ProgrammePhases phases) {
        this.rules = rules;
        this.caseload = caseload;
        this.phases = phases;
        this.phaseVariables = new PhaseVariableRule(phases);
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> variables = task.getVariables();
        List<Problem> problems = new ArrayList<>(programmeOwnedValuesChanged(task.getExecution().getProcessBusinessKey(), variables));
        if (problems.isEmpty()) {
            problems.addAll(phaseVariables.problems(phases.settingsOf(variables), variables));
        }
        rules.of(task.getTaskDefinitionKey()).ifPresent(rule -> problems.addAll(rule.problems(variables)));
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
    }

    /**
     * Some values belong to the programme, not to a form: the family reference (the business key), the
     * programme phase the case was referred under, the key worker holding the family's place, and the
     * attachment date once the plan is signed.
     * A REST client could send them with any task; they are compared with the programme's records.
     */
    private List<Problem> programmeOwnedValuesChanged(String familyRef, Map<String, Object> variables) {
        if (familyRef == null) {
            return List.of();
        }
        Problems problems = new Problems(variables);
        if (!familyRef.equals(problems.read(ReferralVariables.FAMILY_REF).orElse(null))) {
            problems.add(ReferralVariables.FAMILY_REF.name(), "“" + ReferralVariables.FAMILY_REF.label()
                    + "” cannot be changed once the case has started: it is " + familyRef + ".");
        }
        caseload.phase(familyRef).ifPresent(phase -> {
            Object given = variables.get(ProgrammeVariables.PROGRAMME_PHASE.name());
            String asGiven = given == null ? ProgrammePhase.TF_2012.name() : String.valueOf(given).trim();
            if (!phase.equals(asGiven)) {
                problems.add(ProgrammeVariables.PROGRAMME_PHASE.name(), "The case's programme cannot be changed: it was "
                        + "referred under " + ProgrammePhase.of(phase).title() + " and keeps that programme's rules to its end.");
            }
        });
        caseload.placeHolder(familyRef).ifPresent(worker -> {
            if (!worker.equals(problems.read(AllocationVariables.KEY_WORKER).orElse(null))) {
                problems.add(AllocationVariables.KEY_WORKER.name(), "“" + AllocationVariables.KEY_WORKER.label()
                        + "” cannot be changed here: " + worker + " holds the family's place (the coordinator can hand the family over).");
            }
        });
        caseload.attachmentDate(familyRef).ifPresent(date -> {
            if (!date.equals(problems.read(SupportVariables.ATTACHMENT_DATE).orElse(null))) {
                problems.add(SupportVariables.ATTACHMENT_DATE.name(), "“" + SupportVariables.ATTACHMENT_DATE.label()
                        + "” cannot be changed once the plan is signed: it is " + StaffDates.format(date) + ".");
            }
        });
        return problems.list();
    }
}
