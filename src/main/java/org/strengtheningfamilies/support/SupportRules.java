package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.support.SupportVariables.DISENGAGEMENT_DECISION;
import static org.strengtheningfamilies.support.SupportVariables.FURTHER_SUPPORT_DECISION;
import static org.strengtheningfamilies.support.SupportVariables.REVIEW_ENGAGEMENT;
import static org.strengtheningfamilies.support.SupportVariables.REVIEW_PROGRESS;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_ACTION;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_ACTION_REASON;

import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.RequiredFields;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.panel.LeadService;

/** What the intensive-support tasks must record before they complete. */
public final class SupportRules {

    private SupportRules() {
    }

    /**
     * Task_SupportFamily: a step-up or disengagement must say why, and a family already led by
     * Children's Social Care cannot be stepped up to it (its CSC place would be given away).
     */
    public static TaskDataRule supportAction() {
        RequiredFields required = RequiredFields.of(SUPPORT_ACTION, SUPPORT_ACTION_REASON);
        return variables -> {
            Problems problems = new Problems(variables);
            problems.addAll(required.problems(variables));
            if (problems.read(SUPPORT_ACTION).orElse(null) == SupportAction.STEP_UP
                    && problems.read(LEAD_SERVICE).orElse(null) == LeadService.CSC) {
                problems.add(SUPPORT_ACTION.name(), "The family is already led by Children's Social Care, so it cannot be stepped up to it: "
                        + "report disengagement instead, or keep supporting the family.");
            }
            return problems.list();
        };
    }

    /** Task_MonthlyReview: engagement and progress of the plan's actions. */
    public static TaskDataRule monthlyReview() {
        return RequiredFields.of(REVIEW_ENGAGEMENT, REVIEW_PROGRESS);
    }

    /** Task_ReviewDisengagement: the coordinator's decision. */
    public static TaskDataRule disengagement() {
        return RequiredFields.of(DISENGAGEMENT_DECISION);
    }

    /** Task_DecideFurtherSupport: the coordinator's decision. */
    public static TaskDataRule furtherSupport() {
        return RequiredFields.of(FURTHER_SUPPORT_DECISION);
    }
}
