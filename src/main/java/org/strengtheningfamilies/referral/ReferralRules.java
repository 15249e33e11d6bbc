package org.strengtheningfamilies.referral;

import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_DOMESTIC_ABUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_HOUSING;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_POLICE_CALLOUTS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_SUBSTANCE_MISUSE;
import static org.strengtheningfamilies.referral.ReferralVariables.PRESENTING_ISSUES;
import static org.strengtheningfamilies.referral.ReferralVariables.REFERRING_AGENCY;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/** What a referral must contain before a case starts (and after the referrer adds information). */
public class ReferralRules {

    private static final Pattern ETHNICITY = Pattern.compile("^(A[1-5]|B[1-4]|C[1-4]|D[1-3]|E[1-4])$");

    private final Pattern familyRefPattern;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    public ReferralRules(String familyRefPattern, ProgrammeCalendar calendar, Clock clock) {
        this.familyRefPattern = Pattern.compile(familyRefPattern);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Problems of a new referral, each naming its field. */
    public List<String> problemsOfReferral(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        problems.required(FAMILY_REF).ifPresent(ref -> {
            if (!familyRefPattern.matcher(ref).matches()) {
                problems.add("familyRef " + ref + " does not match the council's pattern " + familyRefPattern.pattern());
            }
        });
        checkEvidence(problems);
        if (problems.read(RETROSPECTIVE).orElse(false)) {
            checkRetrospective(problems);
        }
        return problems.list();
    }

    /** Problems of the evidence the referrer can change when the panel asks for more. */
    public List<String> problemsOfEvidence(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        checkEvidence(problems);
        return problems.list();
    }

    /** The longest district and presenting issue the programme's records hold (the read model's columns). */
    static final int MAX_DISTRICT = 100;
    static final int MAX_ISSUE = 200;
    static final int MAX_NAME = 200;

    private void checkEvidence(Problems problems) {
        problems.required(REFERRING_AGENCY);
        problems.required(DISTRICT).ifPresent(district -> {
            if (district.length() > MAX_DISTRICT) {
                problems.add("district is too long: " + district.length() + " characters, at most " + MAX_DISTRICT);
            }
        });
        for (ProcessVariable<Boolean> flag : List.of(CRITERION_CRIME_ASB, CRITERION_EDUCATION, CRITERION_WORK,
                LOCAL_DOMESTIC_ABUSE, LOCAL_POLICE_CALLOUTS, LOCAL_SUBSTANCE_MISUSE, LOCAL_HOUSING)) {
            problems.read(flag);
        }
        List<String> issues = problems.read(PRESENTING_ISSUES).orElse(List.of());
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i) != null && issues.get(i).length() > MAX_ISSUE) {
                problems.add("presentingIssues[" + (i + 1) + "] is too long: " + issues.get(i).length()
                        + " characters, at most " + MAX_ISSUE);
            }
        }
        int before = problems.list().size();
        List<HouseholdMember> members = problems.read(HOUSEHOLD_MEMBERS).orElse(List.of());
        boolean unreadable = problems.list().size() > before;
        if (members.isEmpty() && !unreadable) {
            problems.add("householdMembers must list at least one member of the household");
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            String at = "householdMembers[" + (i + 1) + "]";
            if (m == null) {
                problems.add(at + " is empty");
                continue;
            }
            if (m.name() == null || m.name().isBlank()) {
                problems.add(at + ".name is required");
            } else if (m.name().length() > MAX_NAME) {
                problems.add(at + ".name is too long: " + m.name().length() + " characters, at most " + MAX_NAME);
            }
            if (m.dateOfBirth() == null) {
                problems.add(at + ".dateOfBirth is required");
            } else if (m.dateOfBirth().isAfter(today)) {
                problems.add(at + ".dateOfBirth " + m.dateOfBirth() + " is in the future");
            }
            if (m.gender() == null) {
                problems.add(at + ".gender is required (MALE or FEMALE)");
            }
            if (m.role() == null) {
                problems.add(at + ".role is required (ADULT or CHILD)");
            }
            if (m.schoolYear() != null && (m.schoolYear() < 1 || m.schoolYear() > 13)) {
                problems.add(at + ".schoolYear must be 1 to 13 (was " + m.schoolYear() + ")");
            }
            if (m.ethnicity() != null && !m.ethnicity().isBlank() && !ETHNICITY.matcher(m.ethnicity()).matches()) {
                problems.add(at + ".ethnicity must be a census code A1 to E4 (was " + m.ethnicity() + ")");
            }
        }
    }

    private void checkRetrospective(Problems problems) {
        problems.required(ATTACHMENT_DATE).ifPresent(date -> {
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add("attachmentDate " + date + " is in the future");
            } else if (!calendar.contains(date)) {
                problems.add("attachmentDate " + date + " is outside the programme ("
                        + calendar.yearStart(1) + " to " + calendar.yearEnd(calendar.years()) + ")");
            }
        });
        LeadService service = problems.required(LEAD_SERVICE).orElse(null);
        Integer level = problems.required(NEED_LEVEL).orElse(null);
        if (service == LeadService.NFA) {
            problems.add("leadService NFA cannot be attached: the family was not worked with");
        } else if (service != null && level != null && !service.fitsLevel(level)) {
            problems.add("leadService " + service + " does not take needLevel " + level);
        }
    }
}
