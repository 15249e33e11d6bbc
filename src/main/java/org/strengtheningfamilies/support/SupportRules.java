package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.DISENGAGEMENT_DECISION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.FURTHER_SUPPORT_DECISION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.REVIEW_ENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.REVIEW_PROGRESS;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_ACTION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.SUPPORT_ACTION_REASON;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.familycase.RequiredFields;
import org.strengtheningfamilies.familycase.TaskDataRule;

/** What the intensive-support tasks must record before they complete. */
@Configuration
public class SupportRules {

    /** Task_SupportFamily: a step-up or disengagement must say why. */
    @Bean
    public static TaskDataRule supportActionRule() {
        return RequiredFields.of("Task_SupportFamily", SUPPORT_ACTION, SUPPORT_ACTION_REASON);
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
