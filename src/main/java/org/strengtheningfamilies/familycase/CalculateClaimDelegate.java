package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CRIME_ASB_EDUCATION_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK_RESULT;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_AMOUNT_PENCE;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_ID;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_RESULT_TYPES;
import static org.strengtheningfamilies.payment.PaymentVariables.PROGRAMME_YEAR;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;

import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.StaffDates;
import org.strengtheningfamilies.payment.ClaimCalculation;
import org.strengtheningfamilies.payment.ClaimCalculator;
import org.strengtheningfamilies.payment.ClaimRepository;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/**
 * Task_CalculateClaim: what may be claimed now, given the results and what this family was
 * already paid. A claim with something to pay is saved as awaiting audit.
 */
@Component("calculateClaimDelegate")
class CalculateClaimDelegate implements JavaDelegate {

    private final ClaimCalculator calculator;
    private final ProgrammeCalendar calendar;
    private final ClaimRepository claims;

    public CalculateClaimDelegate(ClaimCalculator calculator, ProgrammeCalendar calendar, ClaimRepository claims) {
        this.calculator = calculator;
        this.calendar = calendar;
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String familyRef = FAMILY_REF.require(execution);
        LocalDate attached = ATTACHMENT_DATE.require(execution);
        int year = calendar.programmeYear(attached).orElseThrow(() -> CaseDataException.of(ATTACHMENT_DATE.name(),
                "“" + ATTACHMENT_DATE.label() + "” " + StaffDates.format(attached) + " is outside the programme's years."));
        ClaimCalculation calculation = calculator.calculate(year,
                CRIME_ASB_EDUCATION_RESULT.getOrDefault(execution, false),
                PROGRESS_TO_WORK_RESULT.getOrDefault(execution, false),
                CONTINUOUS_EMPLOYMENT_RESULT.getOrDefault(execution, false),
                claims.claimedPence(familyRef));
        PROGRAMME_YEAR.set(execution, year);
        CLAIM_AMOUNT_PENCE.set(execution, calculation.totalPence());
        CLAIM_RESULT_TYPES.set(execution, calculation.lines().stream().map(l -> l.resultType().name()).toList());
        // a fresh claim starts with a blank audit
        AUDIT_DECISION.set(execution, null);
        AUDIT_REASON.set(execution, null);
        if (calculation.totalPence() > 0) {
            String claimId = UUID.randomUUID().toString();
            claims.savePending(claimId, familyRef, execution.getProcessInstanceId(), year, calculation.lines());
            CLAIM_ID.set(execution, claimId);
        } else {
            CLAIM_ID.set(execution, null);
        }
    }
}
