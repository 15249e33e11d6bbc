package org.strengtheningfamilies.programme;

import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The programme phase a case was referred under, and the phase's needs as the case's forms list them.
 * Both are set by the product at referral, never by a form. Part of the family-case variable contract
 * (docs/variables.md): add freely, rename never.
 */
public final class ProgrammeVariables {

    private ProgrammeVariables() {
    }

    public static final ProcessVariable<ProgrammePhase> PROGRAMME_PHASE = enumeration("programmePhase", ProgrammePhase.class);
    public static final ProcessVariable<List<NeedOption>> PHASE_NEEDS = jsonList("phaseNeeds", NeedOption.class);

    /** One need as a form's checklist or select offers it (form-js options: label and value). */
    public record NeedOption(String label, String value, String definition) {

        static NeedOption of(Need need) {
            return new NeedOption(need.title(), need.code(), need.definition());
        }
    }
}
