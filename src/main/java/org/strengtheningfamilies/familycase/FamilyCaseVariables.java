package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;
import java.util.stream.Stream;

import org.strengtheningfamilies.allocation.AllocationVariables;
import org.strengtheningfamilies.assessment.AssessmentVariables;
import org.strengtheningfamilies.datamatching.EvidencePrefillVariables;
import org.strengtheningfamilies.familyplan.FamilyPlanVariables;
import org.strengtheningfamilies.identification.IdentificationVariables;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.panel.PanelVariables;
import org.strengtheningfamilies.payment.PaymentVariables;
import org.strengtheningfamilies.programme.ProgrammeVariables;
import org.strengtheningfamilies.referral.ReferralVariables;
import org.strengtheningfamilies.support.SupportVariables;

/**
 * The variable contract of the {@code family-case} process. Each feature declares its own variables
 * beside its own types (ReferralVariables, PanelVariables…); this is the index of all of them, which
 * the model tests and the documentation check read. Forms, the REST API, tests and reports speak
 * these names: add freely, rename never. docs/variables.md describes each.
 */
public final class FamilyCaseVariables {

    public static final String PROCESS_KEY = "family-case";

    /** How the case ended: set by the end events' listeners, read when the case closes. */
    public static final ProcessVariable<String> CASE_OUTCOME = string("caseOutcome");

    private static final List<ProcessVariable<?>> ALL = Stream.of(ProgrammeVariables.class, ReferralVariables.class,
                    IdentificationVariables.class, PanelVariables.class, AllocationVariables.class,
                    SupportVariables.class, AssessmentVariables.class, FamilyPlanVariables.class, OutcomeVariables.class,
                    PaymentVariables.class, EvidencePrefillVariables.class, FamilyCaseVariables.class)
            .flatMap(declarations -> ProcessVariable.declaredIn(declarations).stream())
            .toList();

    private FamilyCaseVariables() {
    }

    /** Every variable of the contract, for the model tests and the documentation check. */
    public static List<ProcessVariable<?>> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(ProcessVariable::name).toList();
    }
}
