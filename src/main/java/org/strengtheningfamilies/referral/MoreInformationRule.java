package org.strengtheningfamilies.referral;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.programme.ProgrammePhases;

/** Task_ProvideMoreInformation: the referrer's corrected evidence must still be a valid referral. */
@Component
public class MoreInformationRule implements TaskDataRule {

    private final ReferralRules referralRules;
    private final ProgrammePhases phases;

    public MoreInformationRule(ReferralRules referralRules, ProgrammePhases phases) {
        this.referralRules = referralRules;
        this.phases = phases;
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        return referralRules.problemsOfEvidence(variables, phases.settingsOf(variables));
    }
}
