package org.strengtheningfamilies.outcomes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one identified need at outcome verification (the later phases): the product lists the
 * case's needs, the key worker records each as achieved or not, with the evidence.
 *
 * @param title the need's title, as the product lists it for the form (not part of the judgement)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeedOutcome(String need, String title, Achievement outcome, String evidence) {

    public enum Achievement { ACHIEVED, NOT_ACHIEVED }

    public NeedOutcome withEvidence(String prefilled) {
        return new NeedOutcome(need, title, outcome, prefilled);
    }
}
