package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.strengtheningfamilies.datamatching.HouseholdData.DwpSpell;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.datamatching.HouseholdData.SchoolTerm;
import org.strengtheningfamilies.outcomes.ChildEducation;

/**
 * The outcome evidence of a matched household from its agency data (DESIGN.md sections 4 and 9).
 * Baseline is the 6 months before attachment (attachment day excluded), after is the 6 months from
 * attachment (attachment day included); school data is each child's last 3 terms started by the day
 * of verification or the end of those 6 months, whichever is sooner.
 * <ul>
 * <li>ASB incidents: the household's ASB orders, injunctions, contracts and interventions (police and
 * housing); police call-outs are not counted, the data does not say which were ASB.</li>
 * <li>Youth offences: proven offences of members under 18 at the offence.</li>
 * <li>Progress to work: an adult on a Work Programme or ESF spell at some time since attachment.</li>
 * <li>Continuous employment: the longest employment spell since attachment, in whole weeks to its end
 * (or to the day of verification), of an adult who was on out-of-work benefits before it started.</li>
 * </ul>
 */
class EvidenceFromData {

    private static final Set<String> ASB_EVENTS = Set.of("ASB_ORDER", "INJUNCTION", "ASB_CONTRACT", "ASB_INTERVENTION");

    public DataEvidence evidence(HouseholdData household, LocalDate attachmentDate, LocalDate asAt) {
        LocalDate baselineFrom = attachmentDate.minusMonths(6);
        LocalDate afterUntil = attachmentDate.plusMonths(6);
        int baselineAsb = 0;
        int afterAsb = 0;
        int baselineOffences = 0;
        int afterOffences = 0;
        for (Member m : household.members()) {
            for (PoliceEvent e : m.police()) {
                boolean asb = ASB_EVENTS.contains(e.eventType());
                boolean youthOffence = "OFFENCE".equals(e.eventType())
                        && (e.ageAtEvent() != null ? e.ageAtEvent() : m.ageOn(e.eventDate())) < 18;
                if (inBaseline(e.eventDate(), baselineFrom, attachmentDate)) {
                    baselineAsb += asb ? 1 : 0;
                    baselineOffences += youthOffence ? 1 : 0;
                } else if (inAfter(e.eventDate(), attachmentDate, afterUntil)) {
                    afterAsb += asb ? 1 : 0;
                    afterOffences += youthOffence ? 1 : 0;
                }
            }
            for (HouseholdData.HousingMonth h : m.housing()) {
                if (h.housingAsbIntervention() && h.interventionDate() != null) {
                    baselineAsb += inBaseline(h.interventionDate(), baselineFrom, attachmentDate) ? 1 : 0;
                    afterAsb += inAfter(h.interventionDate(), attachmentDate, afterUntil) ? 1 : 0;
                }
            }
        }
        // the school year at the end of the 6 months (or now, if sooner): a case verified long after
        // (retrospective, or historical data) is judged on the terms of its support, not today's
        LocalDate schoolAsAt = asAt.isBefore(afterUntil) ? asAt : afterUntil;
        return new DataEvidence(baselineAsb, afterAsb, baselineOffences, afterOffences,
                childrenEducation(household, schoolAsAt), progressToWork(household, attachmentDate, asAt),
                continuousEmploymentWeeks(household, attachmentDate, asAt));
    }

    private static boolean inBaseline(LocalDate date, LocalDate from, LocalDate attachment) {
        return !date.isBefore(from) && date.isBefore(attachment);
    }

    private static boolean inAfter(LocalDate date, LocalDate attachment, LocalDate until) {
        return !date.isBefore(attachment) && date.isBefore(until);
    }

    static List<ChildEducation> childrenEducation(HouseholdData household, LocalDate asAt) {
        List<ChildEducation> children = new ArrayList<>();
        for (Member m : household.members()) {
            List<SchoolTerm> terms = DataIdentificationRules.lastThreeTerms(m, asAt.minusMonths(12), asAt);
            if (terms.isEmpty()) {
                continue;
            }
            children.add(new ChildEducation(m.fullName(),
                    terms.stream().mapToInt(SchoolTerm::unauthorisedAbsenceSessions).sum(),
                    terms.stream().mapToInt(SchoolTerm::possibleSessions).sum(),
                    terms.stream().mapToInt(SchoolTerm::fixedExclusions).sum(),
                    terms.stream().anyMatch(SchoolTerm::permanentlyExcluded)));
        }
        return children;
    }

    static boolean progressToWork(HouseholdData household, LocalDate attachmentDate, LocalDate asAt) {
        return household.members().stream().filter(m -> m.adultOn(attachmentDate)).flatMap(m -> m.dwp().stream())
                .anyMatch(s -> ("WORK_PROGRAMME".equals(s.spellType()) || "ESF".equals(s.spellType()))
                        && s.overlaps(attachmentDate, asAt));
    }

    static int continuousEmploymentWeeks(HouseholdData household, LocalDate attachmentDate, LocalDate asAt) {
        long best = 0;
        for (Member m : household.members()) {
            if (!m.adultOn(attachmentDate)) {
                continue;
            }
            for (DwpSpell job : m.dwp()) {
                if (!"EMPLOYMENT".equals(job.spellType()) || job.startDate().isBefore(attachmentDate)
                        || job.startDate().isAfter(asAt)) {
                    continue;
                }
                boolean offBenefits = m.dwp().stream().anyMatch(s -> "OUT_OF_WORK_BENEFIT".equals(s.spellType())
                        && s.startDate().isBefore(job.startDate()));
                if (!offBenefits) {
                    continue;
                }
                LocalDate end = job.endDate() == null || job.endDate().isAfter(asAt) ? asAt : job.endDate();
                best = Math.max(best, ChronoUnit.DAYS.between(job.startDate(), end) / 7);
            }
        }
        return Math.toIntExact(best);
    }
}
