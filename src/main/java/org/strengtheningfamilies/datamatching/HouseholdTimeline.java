package org.strengtheningfamilies.datamatching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the agency datasets say happened to the people of a family's matched household, one dated
 * event each: police and YOT events, school terms, benefit and work spells, housing months,
 * substance misuse and social care episodes. Empty for a family not found by data matching.
 */
public class HouseholdTimeline {

    /**
     * @param source the dataset's agency (Police, School, DWP, Housing, Substance misuse service, Social care)
     * @param person the matched person's name as the data has it
     */
    public record AgencyEvent(LocalDate on, String source, String person, String what) {
    }

    private final IdentificationRunRepository runs;
    private final HouseholdDataReader reader;

    HouseholdTimeline(IdentificationRunRepository runs, HouseholdDataReader reader) {
        this.runs = runs;
        this.reader = reader;
    }

    public List<AgencyEvent> of(String familyRef) {
        List<AgencyEvent> events = new ArrayList<>();
        runs.householdOf(familyRef).flatMap(reader::read).ifPresent(household -> {
            for (HouseholdData.Member m : household.members()) {
                String who = m.fullName();
                for (HouseholdData.PoliceEvent e : m.police()) {
                    events.add(new AgencyEvent(e.eventDate(), "Police", who, words(e.eventType())
                            + (e.ageAtEvent() != null ? " (aged " + e.ageAtEvent() + ")" : "")
                            + (e.domesticAbuse() ? ", domestic abuse" : "")));
                }
                for (HouseholdData.SchoolTerm t : m.school()) {
                    events.add(new AgencyEvent(t.termStart(), "School", who, "Term " + t.period() + ": "
                            + t.unauthorisedAbsenceSessions() + " of " + t.possibleSessions()
                            + " sessions unauthorised absence, " + t.fixedExclusions() + " fixed-term exclusions"
                            + (t.permanentlyExcluded() ? ", permanently excluded" : "")
                            + (t.alternativeProvision() ? ", in alternative provision" : "")
                            + (t.onRoll() ? "" : ", not on a school roll")));
                }
                for (HouseholdData.DwpSpell s : m.dwp()) {
                    events.add(new AgencyEvent(s.startDate(), "DWP", who, words(s.spellType()) + " from " + s.startDate()
                            + (s.endDate() == null ? ", still open" : " to " + s.endDate())));
                }
                for (HouseholdData.HousingMonth h : m.housing()) {
                    if (h.month() == null) {
                        continue;
                    }
                    events.add(new AgencyEvent(h.month(), "Housing", who, "Tenancy month: rent arrears £"
                            + BigDecimal.valueOf(h.rentArrearsPence(), 2)
                            + (h.evictionRisk() ? ", at risk of eviction" : "")
                            + (h.housingAsbIntervention() ? ", housing ASB intervention"
                            + (h.interventionDate() == null ? "" : " on " + h.interventionDate()) : "")));
                }
                for (HouseholdData.Episode e : m.substanceMisuse()) {
                    events.add(new AgencyEvent(e.startDate(), "Substance misuse service", who, "Treatment from "
                            + e.startDate() + (e.endDate() == null ? ", still open" : " to " + e.endDate())));
                }
                for (HouseholdData.SocialCareEpisode e : m.socialCare()) {
                    events.add(new AgencyEvent(e.startDate(), "Social care", who, words(e.status()) + " from "
                            + e.startDate() + (e.endDate() == null ? ", still open" : " to " + e.endDate())));
                }
            }
        });
        events.sort(Comparator.comparing(AgencyEvent::on));
        return events;
    }

    /** ASB_ORDER → "ASB order", CHILD_IN_NEED → "Child in need". */
    private static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(Locale.ROOT).replace("asb", "ASB").replace("esf", "ESF");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
