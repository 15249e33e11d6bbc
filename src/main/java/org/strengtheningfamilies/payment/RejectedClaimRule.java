package org.strengtheningfamilies.payment;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.REJECTED_CLAIM_DECISION;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.familycase.RequiredFields;
import org.strengtheningfamilies.familycase.TaskDataRule;

@Configuration
public class RejectedClaimRule {

    /** Task_ReviewRejectedClaim: the coordinator either sends the evidence back or accepts. */
    @Bean
    public static TaskDataRule rejectedClaimDecisionRule() {
        return RequiredFields.of("Task_ReviewRejectedClaim", REJECTED_CLAIM_DECISION);
    }
}
