package org.strengtheningfamilies.familyplan;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.date;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The Team Around the Family meeting and the family plan it leads to.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class FamilyPlanVariables {

    private FamilyPlanVariables() {
    }

    public static final ProcessVariable<LocalDate> TAF_DATE = date("tafDate");
    public static final ProcessVariable<List<String>> TAF_ATTENDEES = jsonList("tafAttendees", String.class);
    public static final ProcessVariable<String> TAF_NEEDS = string("tafNeeds");
    public static final ProcessVariable<List<PlanAction>> PLAN_ACTIONS = jsonList("planActions", PlanAction.class);
    public static final ProcessVariable<List<String>> PLAN_RESOURCES = jsonList("planResources", String.class);
    public static final ProcessVariable<Boolean> PLAN_SIGNED_BY_ALL = bool("planSignedByAll");
    public static final ProcessVariable<String> PLAN_REVISION_NOTES = string("planRevisionNotes");
}
