package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.support.SupportVariables.CONSENT_GIVEN;
import static org.strengtheningfamilies.support.SupportVariables.CONSENT_NOTES;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;

/** Task_SeekConsent: the family's answer, and how it was sought, must be recorded. */
@Component
public class ConsentRule implements TaskDataRule {

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        problems.required(CONSENT_GIVEN);
        problems.required(CONSENT_NOTES);
        return problems.list();
    }
}
