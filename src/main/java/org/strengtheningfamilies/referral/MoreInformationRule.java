package org.strengtheningfamilies.referral;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.TaskDataRule;

/** Task_ProvideMoreInformation: the referrer's corrected evidence must still be a valid referral. */
@Component
public class MoreInformationRule implements TaskDataRule {

    private final ReferralRules referralRules;

    public MoreInformationRule(ReferralRules referralRules) {
        this.referralRules = referralRules;
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        return referralRules.problemsOfEvidence(variables);
    }
}
