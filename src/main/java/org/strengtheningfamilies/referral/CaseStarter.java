package org.strengtheningfamilies.referral;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Starts a family's case from a referral made by the programme itself (agency data matching): the
 * family reference is the business key. Implemented by the family-case process package, so that the
 * features that refer families need not know the process.
 */
@FunctionalInterface
public interface CaseStarter {

    /** Starts the case on the programme's behalf; returns the process instance id. */
    String start(String familyRef, VariableMap variables);
}
