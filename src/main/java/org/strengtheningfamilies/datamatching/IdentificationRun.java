package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_FILTERS_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.REFERRING_AGENCY;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.SchoolTerm;
import org.strengtheningfamilies.datamatching.IdentificationRunRepository.Outcome;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.referral.CaseStarter;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.referral.ReferringAgency;

/**
 * One batch of an identification run: each household not yet done in this run is judged by
 * DESIGN.md section 3 as at the run date, routed by the identification-route decision, and, when it
 * qualifies, has no live case and was never referred by a run, referred as a family-case with
 * referring agency DATA_MATCH. The household's result is written in the same transaction as the case
 * it starts, which is what makes a run restartable without duplicates.
 */
class IdentificationRun {

    private static final Logger LOG = LoggerFactory.getLogger(IdentificationRun.class);

    /** The route for the counts: the identification-route DMN in the application. */
    @FunctionalInterface
    public interface RouteDecision {
        IdentificationRoute decide(int nationalCriteria, int localFilters);
    }

    /**
     * The members of every live family case, by normalised name and date of birth ("JO SMITH|1980-05-01"),
     * with the case's family reference: a household referred by hand under another reference has a live
     * case too. Read once per batch.
     */
    @FunctionalInterface
    public interface LiveCaseMembers {
        Map<String, String> byNameAndBirth();
    }

    static String memberKey(String name, LocalDate dateOfBirth) {
        return Names.nameKey(name) + "|" + dateOfBirth;
    }

    public record BatchResult(long lastHouseholdId, int households, int skipped, int casesStarted, boolean more) {
    }

    private final HouseholdDataReader reader;
    private final DataIdentificationRules rules;
    private final IdentificationRunRepository runs;
    private final RouteDecision routes;
    private final CaseloadRepository caseload;
    private final LiveCaseMembers liveCaseMembers;
    private final ReferralRules referralRules;
    private final CaseStarter starter;
    private final MatchingProperties properties;
    private final List<String> localFilters;

    public IdentificationRun(HouseholdDataReader reader, DataIdentificationRules rules, IdentificationRunRepository runs,
                             RouteDecision routes, CaseloadRepository caseload, LiveCaseMembers liveCaseMembers,
                             ReferralRules referralRules,
                             CaseStarter starter, MatchingProperties properties, List<String> localFilters) {
        this.reader = reader;
        this.rules = rules;
        this.runs = runs;
        this.routes = routes;
        this.caseload = caseload;
        this.liveCaseMembers = liveCaseMembers;
        this.referralRules = referralRules;
        this.starter = starter;
        this.properties = properties;
        this.localFilters = localFilters;
    }

    public BatchResult evaluateBatch(String runId, LocalDate runDate, long afterHouseholdId) {
        List<Long> batch = reader.householdsAfter(afterHouseholdId, properties.householdBatchSize());
        long last = afterHouseholdId;
        Map<String, String> liveMembers = batch.isEmpty() ? Map.of() : liveCaseMembers.byNameAndBirth();
        int skipped = 0;
        int started = 0;
        for (long householdId : batch) {
            last = householdId;
            if (runs.hasResult(runId, householdId)) {
                skipped++;
                continue;
            }
            HouseholdData household = reader.read(householdId).orElseThrow();
            IdentificationRunRepository.Result result = evaluate(runId, runDate, household, liveMembers);
            runs.record(result);
            if (result.outcome() == Outcome.CASE_STARTED) {
                started++;
            }
        }
        LOG.info("identification run {}: households {} to {}: {} evaluated, {} already done, {} cases started",
                runId, batch.isEmpty() ? "-" : batch.get(0), last, batch.size() - skipped, skipped, started);
        return new BatchResult(last, batch.size(), skipped, started, batch.size() == properties.householdBatchSize());
    }

    IdentificationRunRepository.Result evaluate(String runId, LocalDate runDate, HouseholdData household,
                                                Map<String, String> liveMembers) {
        DataIdentification found = rules.evaluate(household, runDate);
        IdentificationRoute route = routes.decide(found.nationalCriteria(), found.localFilters(localFilters));
        String familyRef = properties.familyRef(household.householdId());
        if (route == IdentificationRoute.NOT_ELIGIBLE) {
            return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                    Outcome.NOT_ELIGIBLE, null, null, null);
        }
        if (runs.alreadyReferred(household.householdId())) {
            return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                    Outcome.ALREADY_REFERRED, familyRef, null, null);
        }
        if (caseload.isLive(familyRef)) {
            return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                    Outcome.LIVE_CASE, familyRef, null, null);
        }
        for (Member m : household.members()) {
            String liveCase = liveMembers.get(memberKey(m.fullName(), m.dateOfBirth()));
            if (liveCase != null) {
                return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                        Outcome.LIVE_CASE, liveCase, null, m.fullName() + " is a member of live case " + liveCase);
            }
        }
        VariableMap referral = referral(familyRef, household, found, runDate);
        List<Problem> problems = referralRules.problemsOfReferral(referral);
        if (!problems.isEmpty()) {
            // the data cannot make a valid referral (e.g. nobody's gender recorded): kept for the data team
            return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                    Outcome.INCOMPLETE_DATA, familyRef, null, Problem.join(problems));
        }
        String processInstanceId = starter.start(familyRef, referral);
        return new IdentificationRunRepository.Result(runId, household.householdId(), found, route,
                Outcome.CASE_STARTED, familyRef, processInstanceId, null);
    }

    /** The referral form's variables, filled from the data. */
    VariableMap referral(String familyRef, HouseholdData household, DataIdentification found, LocalDate runDate) {
        VariableMap variables = Variables.createVariables();
        variables.putValue(FAMILY_REF.name(), familyRef);
        variables.putValue(REFERRING_AGENCY.name(), ReferringAgency.DATA_MATCH.name());
        variables.putValue(DISTRICT.name(), properties.district());
        variables.putValue(RETROSPECTIVE.name(), false);
        for (String criterion : DataIdentification.NATIONAL) {
            variables.putValue(criterion, found.met(criterion));
        }
        variables.putValue(CRITERION_CRIME_ASB_EVIDENCE.name(), evidence(found, DataIdentification.CRIME_ASB, runDate));
        variables.putValue(CRITERION_EDUCATION_EVIDENCE.name(), evidence(found, DataIdentification.EDUCATION, runDate));
        variables.putValue(CRITERION_WORK_EVIDENCE.name(), evidence(found, DataIdentification.WORK, runDate));
        List<String> localEvidence = new ArrayList<>();
        for (String filter : DataIdentification.LOCAL) {
            boolean applies = localFilters.contains(filter) && found.met(filter);
            variables.putValue(filter, applies);
            if (applies) {
                localEvidence.add(found.evidence(filter));
            }
        }
        variables.putValue(LOCAL_FILTERS_EVIDENCE.name(), localEvidence.isEmpty() ? null
                : "Agency data as at " + runDate + ": " + String.join("; ", localEvidence));
        variables.putValue(HOUSEHOLD_MEMBERS.name(), HOUSEHOLD_MEMBERS.toStored(members(household, runDate)));
        return variables;
    }

    private static String evidence(DataIdentification found, String criterion, LocalDate runDate) {
        return found.met(criterion) ? "Agency data as at " + runDate + ": " + found.evidence(criterion) : null;
    }

    /** DESIGN.md section 9 household members, from the people's latest school term and social care. */
    static List<HouseholdMember> members(HouseholdData household, LocalDate runDate) {
        LocalDate from = runDate.minusMonths(12);
        List<HouseholdMember> members = new ArrayList<>();
        // oldest first, as a referrer lists a family: the adults, then the children
        List<Member> byAge = household.members().stream().sorted(Comparator.comparing(Member::dateOfBirth)).toList();
        for (Member m : byAge) {
            SchoolTerm latest = m.school().stream().filter(t -> !t.termStart().isAfter(runDate))
                    .max(Comparator.comparing(SchoolTerm::termStart)).orElse(null);
            boolean child = !m.adultOn(runDate);
            boolean knownToSocialCare = m.socialCare().stream()
                    .anyMatch(e -> !e.startDate().isAfter(runDate) && (e.endDate() == null || !e.endDate().isBefore(from)));
            members.add(new HouseholdMember(
                    m.fullName(),
                    m.dateOfBirth(),
                    m.gender() == null ? null : HouseholdMember.Gender.valueOf(m.gender()),
                    child ? HouseholdMember.Role.CHILD : HouseholdMember.Role.ADULT,
                    child && latest != null ? latest.schoolYear() : null,
                    latest != null && latest.sen() != null ? HouseholdMember.Sen.valueOf(latest.sen()) : null,
                    latest != null ? latest.freeSchoolMeals() : null,
                    latest != null ? latest.ethnicity() : null,
                    knownToSocialCare));
        }
        return members;
    }

    /** For the run's log and end: households per outcome. */
    public List<Map<String, Object>> summary(String runId) {
        return runs.summary(runId);
    }
}
