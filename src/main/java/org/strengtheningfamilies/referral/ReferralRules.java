package org.strengtheningfamilies.referral;

import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.EXPECTING_CHILD;
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

import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.kernel.StaffDates;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.PhaseSettings;

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

    /** Problems of a new 2012-15 referral, each with its field. */
    public List<Problem> problemsOfReferral(Map<String, Object> variables) {
        return problemsOfReferral(variables, null);
    }

    /**
     * Problems of a new referral under a phase, each with its field: 2012-15's criteria and local filters,
     * or a later phase's needs, each with its evidence ({@code phase} null: 2012-15).
     */
    public List<Problem> problemsOfReferral(Map<String, Object> variables, PhaseSettings phase) {
        Problems problems = new Problems(variables);
        problems.required(FAMILY_REF).ifPresent(ref -> {
            if (!familyRefPattern.matcher(ref).matches()) {
                problems.add(FAMILY_REF.name(), "“" + FAMILY_REF.label() + "” is not written as the council writes its "
                        + "family references (it was " + ref + "): give the reference from the council's case system.");
            }
        });
        checkEvidence(problems, phase);
        if (problems.read(RETROSPECTIVE).orElse(false)) {
            if (phase != null && phase.phase().judgedByNeeds()) {
                problems.add(RETROSPECTIVE.name(), "Attaching a family previously worked with (retrospectively) is part of "
                        + "the 2012 to 2015 programme only, not of " + phase.phase().title() + ".");
            } else {
                checkRetrospective(problems);
            }
        }
        return problems.list();
    }

    /** Problems of the 2012-15 evidence the referrer can change when the panel asks for more. */
    public List<Problem> problemsOfEvidence(Map<String, Object> variables) {
        return problemsOfEvidence(variables, null);
    }

    /** Problems of the evidence the referrer can change when the panel asks for more, under the case's phase. */
    public List<Problem> problemsOfEvidence(Map<String, Object> variables, PhaseSettings phase) {
        Problems problems = new Problems(variables);
        checkEvidence(problems, phase);
        return problems.list();
    }

    /** The longest district and presenting issue the programme's records hold (the read model's columns). */
    static final int MAX_DISTRICT = 100;
    static final int MAX_ISSUE = 200;
    static final int MAX_NAME = 200;

    private void checkEvidence(Problems problems, PhaseSettings phase) {
        problems.required(REFERRING_AGENCY);
        problems.required(DISTRICT).ifPresent(district -> {
            if (district.length() > MAX_DISTRICT) {
                problems.add(DISTRICT.name(), tooLong("“" + DISTRICT.label() + "”", district, MAX_DISTRICT));
            }
        });
        if (phase != null && phase.phase().judgedByNeeds()) {
            NeedsRule.check(problems, phase, true);
            problems.read(EXPECTING_CHILD);
        } else {
            for (ProcessVariable<Boolean> flag : List.of(CRITERION_CRIME_ASB, CRITERION_EDUCATION, CRITERION_WORK,
                    LOCAL_DOMESTIC_ABUSE, LOCAL_POLICE_CALLOUTS, LOCAL_SUBSTANCE_MISUSE, LOCAL_HOUSING)) {
                problems.read(flag);
            }
        }
        List<String> issues = problems.read(PRESENTING_ISSUES).orElse(List.of());
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i) != null && issues.get(i).length() > MAX_ISSUE) {
                problems.add(PRESENTING_ISSUES.item(i + 1, null),
                        tooLong(PRESENTING_ISSUES.itemLabel(i + 1), issues.get(i), MAX_ISSUE));
            }
        }
        int before = problems.list().size();
        List<HouseholdMember> members = problems.read(HOUSEHOLD_MEMBERS).orElse(List.of());
        boolean unreadable = problems.list().size() > before;
        if (members.isEmpty() && !unreadable) {
            problems.add(HOUSEHOLD_MEMBERS.name(), "Add everyone who lives in the household to “"
                    + HOUSEHOLD_MEMBERS.label() + "”: at least one person.");
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            int n = i + 1;
            if (m == null) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, null), HOUSEHOLD_MEMBERS.itemLabel(n) + " is empty: fill it in or remove it.");
                continue;
            }
            String at = HOUSEHOLD_MEMBERS.itemLabel(n) + (blank(m.name()) ? "" : " (" + m.name() + ")") + ": ";
            if (blank(m.name())) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "name"), at + "“Full name” is required.");
            } else if (m.name().length() > MAX_NAME) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "name"), tooLong(HOUSEHOLD_MEMBERS.itemLabel(n) + ": “Full name”",
                        m.name(), MAX_NAME));
            }
            if (m.dateOfBirth() == null) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "dateOfBirth"), at + "“Date of birth” is required.");
            } else if (m.dateOfBirth().isAfter(today)) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "dateOfBirth"), at + "“Date of birth” cannot be a day still to come (it was "
                        + StaffDates.format(m.dateOfBirth()) + ").");
            }
            if (m.gender() == null) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "gender"), at + "“Gender” is required.");
            }
            if (m.role() == null) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "role"), at + "“Adult or child” is required.");
            }
            if (m.schoolYear() != null && (m.schoolYear() < 1 || m.schoolYear() > 13)) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "schoolYear"), at + "“School year” must be 1 to 13 (it was "
                        + m.schoolYear() + "); leave it empty if the child is not in school.");
            }
            if (m.ethnicity() != null && !m.ethnicity().isBlank() && !ETHNICITY.matcher(m.ethnicity()).matches()) {
                problems.add(HOUSEHOLD_MEMBERS.item(n, "ethnicity"), at + "“Ethnicity (census code)” must be a census code "
                        + "from A1 to E4 (it was " + m.ethnicity() + ").");
            }
        }
    }

    private void checkRetrospective(Problems problems) {
        problems.required(ATTACHMENT_DATE).ifPresent(date -> {
            String label = "“" + ATTACHMENT_DATE.label() + "”";
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(ATTACHMENT_DATE.name(), label + " cannot be a day still to come (it was "
                        + StaffDates.format(date) + "): give the date the family plan was signed.");
            } else if (!calendar.contains(date)) {
                problems.add(ATTACHMENT_DATE.name(), label + " must fall while the programme runs ("
                        + StaffDates.format(calendar.yearStart(1)) + " to " + StaffDates.format(calendar.yearEnd(calendar.years()))
                        + "); " + StaffDates.format(date) + " is outside it.");
            }
        });
        LeadService service = problems.required(LEAD_SERVICE).orElse(null);
        Integer level = problems.required(NEED_LEVEL).orElse(null);
        if (service == LeadService.NFA) {
            problems.add(LEAD_SERVICE.name(), "A family attached retrospectively was worked with, so “"
                    + LEAD_SERVICE.label() + "” cannot be “" + LeadService.NFA.displayName() + "”: choose the service that led the work.");
        } else if (service != null && level != null && !service.fitsLevel(level)) {
            problems.add(LEAD_SERVICE.name(), service.refusesLevel(level));
        }
    }

    private static String tooLong(String what, String text, int most) {
        return what + " is too long: " + text.length() + " characters, at most " + most + ".";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
