package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CRIME_ASB_EDUCATION_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEEDS_NOT_ACHIEVED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.TURNED_AROUND;
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
import org.strengtheningfamilies.payment.PhaseClaimCalculator;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_CalculateClaim: what may be claimed now, given the results and what this family was already paid:
 * 2012-15 by the payment model (results share of the programme year); the later phases one claim of the
 * phase's amount for a successful family, once. The programme year is the case's phase's. A claim with
 * something to pay is saved as awaiting audit.
 */
@Component("calculateClaimDelegate")
class CalculateClaimDelegate implements JavaDelegate {

    private final ClaimCalculator calculator;
    private final PhaseClaimCalculator phaseCalculator;
    private final ProgrammePhases phases;
    private final ClaimRepository claims;

    CalculateClaimDelegate(ClaimCalculator calculator, PhaseClaimCalculator phaseCalculator, ProgrammePhases phases,
                           ClaimRepository claims) {
        this.calculator = calculator;
        this.phaseCalculator = phaseCalculator;
        this.phases = phases;
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String familyRef = FAMILY_REF.require(execution);
        PhaseSettings phase = phases.settingsOf(execution);
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phase);
        LocalDate attached = ATTACHMENT_DATE.require(execution);
        int year = calendar.programmeYear(attached).orElseThrow(() -> CaseDataException.of(ATTACHMENT_DATE.name(),
                "“" + ATTACHMENT_DATE.label() + "” " + StaffDates.format(attached) + " is outside the programme's years."));
        ClaimCalculation calculation = phase.phase().judgedByNeeds()
                ? phaseCalculator.calculate(phase, year, TURNED_AROUND.getOrDefault(execution, false),
                        NEEDS_NOT_ACHIEVED.getOrDefault(execution, 1) == 0,
                        CONTINUOUS_EMPLOYMENT_RESULT.getOrDefault(execution, false),
                        claims.claimedInPhase(familyRef, phase.phase()))
                : calculator.calculate(year,
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
            claims.savePending(claimId, familyRef, execution.getProcessInstanceId(), phase.phase(), year,
                    calculation.lines());
            CLAIM_ID.set(execution, claimId);
        } else {
            CLAIM_ID.set(execution, null);
        }
    }
}
