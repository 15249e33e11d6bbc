package org.strengtheningfamilies.familycase;

import static java.util.Map.entry;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AGREE_FAMILY_PLAN;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
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

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.familyplan.FamilyPlanRule;
import org.strengtheningfamilies.familyplan.TafMeetingRule;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.outcomes.EvidenceRule;
import org.strengtheningfamilies.panel.PanelValidationRule;
import org.strengtheningfamilies.payment.AuditClaimRule;
import org.strengtheningfamilies.referral.MoreInformationRule;
import org.strengtheningfamilies.support.ConsentRule;
import org.strengtheningfamilies.support.SupportRules;

/** Which feature's rule guards each user task of family-case (applied by {@link CaseDataValidation}). */
@Component
class TaskDataRules {

    private final Map<String, TaskDataRule> byTask;

    public TaskDataRules(PanelValidationRule panel, MoreInformationRule moreInformation, ConsentRule consent,
                  TafMeetingRule tafMeeting, FamilyPlanRule familyPlan, EvidenceRule evidence, AuditClaimRule audit) {
        byTask = Map.ofEntries(
                entry(TASK_PANEL_VALIDATION, panel),
                entry(TASK_PROVIDE_MORE_INFORMATION, moreInformation),
                entry(TASK_SEEK_CONSENT, consent),
                entry(TASK_HOLD_TAF_MEETING, tafMeeting),
                entry(TASK_AGREE_FAMILY_PLAN, familyPlan),
                entry(TASK_SUPPORT_FAMILY, SupportRules.supportAction()),
                entry(TASK_MONTHLY_REVIEW, SupportRules.monthlyReview()),
                entry(TASK_REVIEW_DISENGAGEMENT, SupportRules.disengagement()),
                entry(TASK_DECIDE_FURTHER_SUPPORT, SupportRules.furtherSupport()),
                entry(TASK_VERIFY_OUTCOMES, evidence),
                entry(TASK_AUDIT_CLAIM, audit),
                entry(TASK_REVIEW_REJECTED_CLAIM, AuditClaimRule.REJECTED_CLAIM_DECISION_RULE));
    }

    Optional<TaskDataRule> of(String taskId) {
        return Optional.ofNullable(byTask.get(taskId));
    }
}
