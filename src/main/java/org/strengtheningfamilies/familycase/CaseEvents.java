package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.identification.IdentificationVariables.IDENTIFICATION_ROUTE;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.PRESENTING_ISSUES;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.FamilyEvent;
import org.strengtheningfamilies.events.FamilyIdentified;

/**
 * How the hooks tell the rest of the application what happened to a family: each event is published
 * synchronously, so its listeners run in the step's own transaction and a failing one rolls the step
 * back. Events are dated by the business clock.
 */
@Component
class CaseEvents {

    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseEvents(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void publish(FamilyEvent event) {
        publisher.publishEvent(event);
    }

    /** The family as identified today, from the case's referral and the panel's decision. */
    void identified(DelegateExecution execution) {
        publish(new FamilyIdentified(execution.getProcessInstanceId(), FAMILY_REF.require(execution), today(),
                DISTRICT.get(execution), IDENTIFICATION_ROUTE.get(execution), LEAD_SERVICE.get(execution),
                NEED_LEVEL.get(execution), HOUSEHOLD_MEMBERS.getOrDefault(execution, List.of()),
                PRESENTING_ISSUES.getOrDefault(execution, List.of())));
    }
}
