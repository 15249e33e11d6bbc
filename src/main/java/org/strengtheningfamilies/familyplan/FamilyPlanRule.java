package org.strengtheningfamilies.familyplan;

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
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/**
 * Task_AgreeFamilyPlan: SMART actions, and either every signature with the date signed (the
 * attachment date, which decides the programme year and so the money) or what must change.
 */
@Component
public class FamilyPlanRule implements TaskDataRule {

    static final Set<String> RESOURCES = Set.of("PERIPATETIC_FAMILY_SUPPORT", "EMPLOYMENT_ADVISER",
            "FAMILY_GROUP_CONFERENCING");

    private final ProgrammeCalendar calendar;
    private final Clock clock;

    public FamilyPlanRule(ProgrammeCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<String> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        List<PlanAction> actions = problems.required(PLAN_ACTIONS).orElse(List.of());
        if (actions.isEmpty() && problems.list().isEmpty()) {
            problems.add("planActions must contain at least one SMART action");
        }
        for (int i = 0; i < actions.size(); i++) {
            PlanAction a = actions.get(i);
            String at = "planActions[" + (i + 1) + "]";
            if (a == null) {
                problems.add(at + " is empty");
                continue;
            }
            if (blank(a.action())) {
                problems.add(at + ".action is required (what will be done)");
            }
            if (blank(a.owner())) {
                problems.add(at + ".owner is required (who will do it)");
            }
            if (a.dueDate() == null) {
                problems.add(at + ".dueDate is required (by when)");
            }
            if (blank(a.measure())) {
                problems.add(at + ".measure is required (how it is measured)");
            }
        }
        for (String resource : problems.read(PLAN_RESOURCES).orElse(List.of())) {
            if (!RESOURCES.contains(resource)) {
                problems.add("planResources contains an unknown resource " + resource);
            }
        }
        boolean signed = problems.required(PLAN_SIGNED_BY_ALL).orElse(false);
        if (signed) {
            LocalDate tafDate = problems.read(TAF_DATE).orElse(null);
            problems.required(ATTACHMENT_DATE).ifPresent(date -> {
                if (date.isAfter(LocalDate.now(clock))) {
                    problems.add("attachmentDate " + date + " is in the future");
                } else if (tafDate != null && date.isBefore(tafDate)) {
                    problems.add("attachmentDate " + date + " is before the Team Around the Family meeting (" + tafDate + ")");
                } else if (!calendar.contains(date)) {
                    problems.add("attachmentDate " + date + " is outside the programme (" + calendar.yearStart(1)
                            + " to " + calendar.yearEnd(calendar.years()) + ")");
                }
            });
        } else if (problems.list().isEmpty()) {
            problems.required(PLAN_REVISION_NOTES);
        }
        return problems.list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
