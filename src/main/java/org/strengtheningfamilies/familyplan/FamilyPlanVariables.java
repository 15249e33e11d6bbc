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

    public static final ProcessVariable<LocalDate> TAF_DATE = date("tafDate").labelled("Meeting date");
    public static final ProcessVariable<List<String>> TAF_ATTENDEES = jsonList("tafAttendees", String.class).labelled("Organisations that attended");
    public static final ProcessVariable<String> TAF_NEEDS = string("tafNeeds").labelled("Needs found at the meeting");
    public static final ProcessVariable<List<PlanAction>> PLAN_ACTIONS = jsonList("planActions", PlanAction.class).labelled("Plan actions");
    public static final ProcessVariable<List<String>> PLAN_RESOURCES = jsonList("planResources", String.class).labelled("Resources considered");
    public static final ProcessVariable<Boolean> PLAN_SIGNED_BY_ALL = bool("planSignedByAll").labelled("Signed by every family member and every organisation");
    public static final ProcessVariable<String> PLAN_REVISION_NOTES = string("planRevisionNotes").labelled("If not all signed: what must change");
}
