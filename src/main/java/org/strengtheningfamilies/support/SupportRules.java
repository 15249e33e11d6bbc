package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.DISENGAGEMENT_DECISION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.FURTHER_SUPPORT_DECISION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.REVIEW_ENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.REVIEW_PROGRESS;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_ACTION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_ACTION_REASON;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.familycase.Problems;
import org.strengtheningfamilies.familycase.RequiredFields;
import org.strengtheningfamilies.familycase.TaskDataRule;
import org.strengtheningfamilies.panel.LeadService;

/** What the intensive-support tasks must record before they complete. */
@Configuration
public class SupportRules {

    /**
     * Task_SupportFamily: a step-up or disengagement must say why, and a family already led by
     * Children's Social Care cannot be stepped up to it (its CSC place would be given away).
     */
    @Bean
    public static TaskDataRule supportActionRule() {
        RequiredFields required = RequiredFields.of("Task_SupportFamily", SUPPORT_ACTION, SUPPORT_ACTION_REASON);
        return new TaskDataRule() {
            @Override
            public String taskId() {
                return required.taskId();
            }

            @Override
            public List<String> problems(Map<String, Object> variables) {
                Problems problems = new Problems(variables);
                problems.addAll(required.problems(variables));
                if (problems.read(SUPPORT_ACTION).orElse(null) == SupportAction.STEP_UP
                        && problems.read(LEAD_SERVICE).orElse(null) == LeadService.CSC) {
                    problems.add("supportAction STEP_UP is not possible: the family is already led by "
                            + "Children's Social Care");
                }
                return problems.list();
            }
        };
    }

    /** Task_MonthlyReview: engagement and progress of the plan's actions. */
    @Bean
    public static TaskDataRule monthlyReviewRule() {
        return RequiredFields.of("Task_MonthlyReview", REVIEW_ENGAGEMENT, REVIEW_PROGRESS);
    }

    @Bean
    public static TaskDataRule disengagementRule() {
        return RequiredFields.of("Task_ReviewDisengagement", DISENGAGEMENT_DECISION);
    }

    @Bean
    public static TaskDataRule furtherSupportRule() {
        return RequiredFields.of("Task_DecideFurtherSupport", FURTHER_SUPPORT_DECISION);
    }
}
