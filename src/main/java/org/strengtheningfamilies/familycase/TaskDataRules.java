package org.strengtheningfamilies.familycase;

import static java.util.Map.entry;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AGREE_FAMILY_PLAN;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_ASSESS_FAMILY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_CONFIRM_OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_DECIDE_FURTHER_SUPPORT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_HOLD_TAF_MEETING;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_MONTHLY_REVIEW;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PROVIDE_MORE_INFORMATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_DISENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_REJECTED_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SEEK_CONSENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SUPPORT_FAMILY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.assessment.AssessmentRule;
import org.strengtheningfamilies.familyplan.FamilyPlanRule;
import org.strengtheningfamilies.familyplan.TafMeetingRule;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.outcomes.EvidenceRule;
import org.strengtheningfamilies.outcomes.NeedOutcomes;
import org.strengtheningfamilies.outcomes.SustainCheckRule;
import org.strengtheningfamilies.panel.PanelValidationRule;
import org.strengtheningfamilies.payment.AuditClaimRule;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.MoreInformationRule;
import org.strengtheningfamilies.referral.NeedsRule;
import org.strengtheningfamilies.support.ConsentRule;
import org.strengtheningfamilies.support.SupportRules;

/** Which feature's rule guards each user task of family-case (applied by {@link CaseDataValidation}). */
@Component
class TaskDataRules {

    private final Map<String, TaskDataRule> byTask;

    public TaskDataRules(PanelValidationRule panel, MoreInformationRule moreInformation, ConsentRule consent,
                  TafMeetingRule tafMeeting, FamilyPlanRule familyPlan, EvidenceRule evidence, AuditClaimRule audit,
                  AssessmentRule assessment, NeedOutcomes needOutcomes, ProgrammePhases phases) {
        // the later phases judge needs: the panel may amend them, and outcomes are verified need by need
        TaskDataRule panelAndNeeds = variables -> {
            List<Problem> problems = new ArrayList<>(panel.problems(variables));
            PhaseSettings phase = phases.settingsOf(variables);
            if (phase.phase().judgedByNeeds()) {
                Problems needs = new Problems(variables);
                NeedsRule.check(needs, phase, false);
                problems.addAll(needs.list());
            }
            return problems;
        };
        TaskDataRule outcomes = variables -> {
            PhaseSettings phase = phases.settingsOf(variables);
            return phase.phase().judgedByNeeds() ? needOutcomes.problems(variables, phase) : evidence.problems(variables);
        };
        byTask = Map.ofEntries(
                entry(TASK_PANEL_VALIDATION, panelAndNeeds),
                entry(TASK_ASSESS_FAMILY, assessment),
                entry(TASK_CONFIRM_OUTCOMES_SUSTAINED, SustainCheckRule.rule()),
                entry(TASK_PROVIDE_MORE_INFORMATION, moreInformation),
                entry(TASK_SEEK_CONSENT, consent),
                entry(TASK_HOLD_TAF_MEETING, tafMeeting),
                entry(TASK_AGREE_FAMILY_PLAN, familyPlan),
                entry(TASK_SUPPORT_FAMILY, SupportRules.supportAction()),
                entry(TASK_MONTHLY_REVIEW, SupportRules.monthlyReview()),
                entry(TASK_REVIEW_DISENGAGEMENT, SupportRules.disengagement()),
                entry(TASK_DECIDE_FURTHER_SUPPORT, SupportRules.furtherSupport()),
                entry(TASK_VERIFY_OUTCOMES, outcomes),
                entry(TASK_AUDIT_CLAIM, audit),
                entry(TASK_REVIEW_REJECTED_CLAIM, AuditClaimRule.REJECTED_CLAIM_DECISION_RULE));
    }

    Optional<TaskDataRule> of(String taskId) {
        return Optional.ofNullable(byTask.get(taskId));
    }
}
