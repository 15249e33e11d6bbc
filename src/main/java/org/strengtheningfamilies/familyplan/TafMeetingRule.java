package org.strengtheningfamilies.familyplan;

import org.strengtheningfamilies.kernel.StaffDates;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_ATTENDEES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_DATE;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_NEEDS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.referral.ReferringAgency;

/** Task_HoldTafMeeting: when it met, which organisations came, what needs were found. */
@Component
public class TafMeetingRule implements TaskDataRule {

    private final Clock clock;

    public TafMeetingRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        problems.required(TAF_DATE).ifPresent(date -> {
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(TAF_DATE.name(), "The Team Around the Family meeting cannot be on a day still to come (" + StaffDates.format(date)
                        + "): record the meeting once it has taken place.");
            }
        });
        List<String> attendees = problems.required(TAF_ATTENDEES).orElse(null);
        if (attendees != null) {
            if (attendees.isEmpty()) {
                problems.add(TAF_ATTENDEES.name(), "Tick at least one organisation that attended the meeting.");
            }
            for (String code : attendees) {
                if (Arrays.stream(ReferringAgency.values()).noneMatch(a -> a.name().equals(code))) {
                    problems.add(TAF_ATTENDEES.name(), "'" + code + "' is not an organisation the programme knows.");
                }
            }
        }
        problems.required(TAF_NEEDS);
        return problems.list();
    }
}
