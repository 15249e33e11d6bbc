package org.strengtheningfamilies.familyplan;

import org.strengtheningfamilies.kernel.StaffDates;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_ACTIONS;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_RESOURCES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_REVISION_NOTES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_SIGNED_BY_ALL;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_DATE;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_AgreeFamilyPlan: SMART actions, and either every signature with the date signed (the
 * attachment date, which decides the programme year and so the money) or what must change.
 */
@Component
public class FamilyPlanRule implements TaskDataRule {

    static final Set<String> RESOURCES = Set.of("PERIPATETIC_FAMILY_SUPPORT", "EMPLOYMENT_ADVISER",
            "FAMILY_GROUP_CONFERENCING");

    /** The attachment date as the plan's form asks for it. */
    private static final ProcessVariable<LocalDate> SIGNED_ON = ATTACHMENT_DATE.labelled("Date the plan was signed");

    private final ProgrammePhases phases;
    private final Clock clock;

    public FamilyPlanRule(ProgrammePhases phases, Clock clock) {
        this.phases = phases;
        this.clock = clock;
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        // the attachment date must fall in the case's own programme phase
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phases.settingsOf(variables));
        List<PlanAction> actions = problems.required(PLAN_ACTIONS).orElse(List.of());
        if (actions.isEmpty() && problems.isEmpty()) {
            problems.add(PLAN_ACTIONS.name(), "Add at least one action to the plan: what will be done, who does it, by when and how it is measured.");
        }
        for (int i = 0; i < actions.size(); i++) {
            PlanAction a = actions.get(i);
            String at = "Action " + (i + 1) + " of the plan";
            int n = i + 1;
            if (a == null) {
                problems.add(PLAN_ACTIONS.item(n, null), at + " is empty: fill it in or remove it.");
                continue;
            }
            if (blank(a.action())) {
                problems.add(PLAN_ACTIONS.item(n, "action"), at + ": say what will be done.");
            }
            if (blank(a.owner())) {
                problems.add(PLAN_ACTIONS.item(n, "owner"), at + ": say who will do it.");
            }
            if (a.dueDate() == null) {
                problems.add(PLAN_ACTIONS.item(n, "dueDate"), at + ": give the date it will be done by.");
            }
            if (blank(a.measure())) {
                problems.add(PLAN_ACTIONS.item(n, "measure"), at + ": say how progress will be measured.");
            }
        }
        for (String resource : problems.read(PLAN_RESOURCES).orElse(List.of())) {
            if (!RESOURCES.contains(resource)) {
                problems.add(PLAN_RESOURCES.name(), "'" + resource + "' is not one of the resources a plan can consider.");
            }
        }
        boolean signed = problems.required(PLAN_SIGNED_BY_ALL).orElse(false);
        if (signed) {
            LocalDate tafDate = problems.read(TAF_DATE).orElse(null);
            problems.required(SIGNED_ON).ifPresent(date -> {
                if (date.isAfter(LocalDate.now(clock))) {
                    problems.add(SIGNED_ON.name(), "The plan cannot be signed on a day still to come (" + StaffDates.format(date) + "): give the date it was signed.");
                } else if (tafDate != null && date.isBefore(tafDate)) {
                    problems.add(SIGNED_ON.name(), "The plan cannot be signed before the Team Around the Family meeting (" + StaffDates.format(tafDate) + ").");
                } else if (!calendar.contains(date)) {
                    problems.add(SIGNED_ON.name(), "The plan must be signed while the programme runs (" + StaffDates.format(calendar.yearStart(1))
                            + " to " + StaffDates.format(calendar.yearEnd(calendar.years())) + "); "
                            + StaffDates.format(date) + " is outside it.");
                }
            });
        } else if (problems.isEmpty()) {
            problems.required(PLAN_REVISION_NOTES);
        }
        return problems.list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
