package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.DISTRICT;
import static org.strengtheningfamilies.referral.ReferralVariables.EXPECTING_CHILD;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.LOCAL_FILTERS_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.REFERRING_AGENCY;
import static org.strengtheningfamilies.referral.ReferralVariables.RETROSPECTIVE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.strengtheningfamilies.identification.DependentChildren;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.CaseStarter;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.referral.ReferringAgency;

/**
 * One batch of an identification run: each household not yet done in this run is judged as at the run
 * date under the phase of new referrals (2012-15: DESIGN.md section 3 and the identification-route
 * decision; a later phase: the needs its datasets show and the phase's eligibility table), and, when
 * it qualifies, has no live case and was never referred by a run in this phase, referred as a
 * family-case with referring agency DATA_MATCH. The household's result is written in the same transaction as the case
 * it starts, which is what makes a run restartable without duplicates.
 */
class IdentificationRun {

    private static final Logger LOG = LoggerFactory.getLogger(IdentificationRun.class);

    /** The route for the counts: the identification-route DMN in the application. */
    @FunctionalInterface
    public interface RouteDecision {
        IdentificationRoute decide(int nationalCriteria, int localFilters);
    }

    /** A later phase's eligibility: its own table (eligibility-&lt;phase&gt;.dmn), the one family-case decides by. */
    @FunctionalInterface
    public interface EligibilityDecision {
        IdentificationRoute decide(String decisionKey, int needCount, boolean dependentChild, boolean expectingChild);
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
    private final PhaseNeedsFromData needs;
    private final ProgrammePhases phases;
    private final IdentificationRunRepository runs;
    private final RouteDecision routes;
    private final EligibilityDecision eligibility;
    private final CaseloadRepository caseload;
    private final LiveCaseMembers liveCaseMembers;
    private final ReferralRules referralRules;
    private final CaseStarter starter;
    private final MatchingProperties properties;
    private final List<String> localFilters;

    public IdentificationRun(HouseholdDataReader reader, DataIdentificationRules rules, PhaseNeedsFromData needs,
                             ProgrammePhases phases, IdentificationRunRepository runs, RouteDecision routes,
                             EligibilityDecision eligibility, CaseloadRepository caseload, LiveCaseMembers liveCaseMembers,
                             ReferralRules referralRules,
                             CaseStarter starter, MatchingProperties properties, List<String> localFilters) {
        this.reader = reader;
        this.rules = rules;
        this.needs = needs;
        this.phases = phases;
        this.runs = runs;
        this.routes = routes;
        this.eligibility = eligibility;
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

    /**
     * One household under the phase of new referrals (sf.programme.phase): 2012-15 by its criteria and local
     * filters and the route table; a later phase by the needs the datasets show and the phase's eligibility
     * table. The 2012-15 findings are recorded in every phase, as what the data showed by those rules.
     */
    IdentificationRunRepository.Result evaluate(String runId, LocalDate runDate, HouseholdData household,
                                                Map<String, String> liveMembers) {
        PhaseSettings phase = phases.settings(phases.current());
        DataIdentification found = rules.evaluate(household, runDate);
        PhaseNeedsFromData.Found needsFound = null;
        IdentificationRoute route;
        if (phase.phase().judgedByNeeds()) {
            needsFound = needs.evaluate(phase, household, runDate);
            boolean child = DependentChildren.any(members(household, runDate), runDate);
            // agency data does not say that a child is expected
            route = eligibility.decide(phase.eligibilityDecision(), needsFound.needs().size(), child, false);
        } else {
            route = routes.decide(found.nationalCriteria(), found.localFilters(localFilters));
        }
        Outcomes outcomes = new Outcomes(runId, household.householdId(), found, route, phase.phase(),
                needsFound == null ? List.of() : needsFound.needs());
        String familyRef = properties.familyRef(household.householdId());
        if (route == IdentificationRoute.NOT_ELIGIBLE) {
            return outcomes.of(Outcome.NOT_ELIGIBLE, null, null, null);
        }
        if (runs.alreadyReferred(household.householdId(), phase.phase())) {
            return outcomes.of(Outcome.ALREADY_REFERRED, familyRef, null, null);
        }
        if (caseload.isLive(familyRef)) {
            return outcomes.of(Outcome.LIVE_CASE, familyRef, null, null);
        }
        for (Member m : household.members()) {
            String liveCase = liveMembers.get(memberKey(m.fullName(), m.dateOfBirth()));
            if (liveCase != null) {
                return outcomes.of(Outcome.LIVE_CASE, liveCase, null, m.fullName() + " is a member of live case " + liveCase);
            }
        }
        VariableMap referral = needsFound != null
                ? referral(familyRef, household, needsFound, runDate, phase)
                : referral(familyRef, household, found, runDate);
        List<Problem> problems = referralRules.problemsOfReferral(referral, phase);
        if (!problems.isEmpty()) {
            // the data cannot make a valid referral (e.g. nobody's gender recorded): kept for the data team
            return outcomes.of(Outcome.INCOMPLETE_DATA, familyRef, null, Problem.join(problems));
        }
        String processInstanceId = starter.start(familyRef, referral);
        return outcomes.of(Outcome.CASE_STARTED, familyRef, processInstanceId, null);
    }

    /** What is known of a household's evaluation before its outcome. */
    private record Outcomes(String runId, long householdId, DataIdentification found, IdentificationRoute route,
                            ProgrammePhase phase, List<String> needs) {
        IdentificationRunRepository.Result of(Outcome outcome, String familyRef, String processInstanceId, String note) {
            return new IdentificationRunRepository.Result(runId, householdId, found, route, outcome, familyRef,
                    processInstanceId, note, phase, needs);
        }
    }

    /** A later phase's referral: the needs the data shows, each with its evidence, and the household. */
    VariableMap referral(String familyRef, HouseholdData household, PhaseNeedsFromData.Found found, LocalDate runDate,
                         PhaseSettings phase) {
        VariableMap variables = Variables.createVariables();
        variables.putValue(FAMILY_REF.name(), familyRef);
        variables.putValue(REFERRING_AGENCY.name(), ReferringAgency.DATA_MATCH.name());
        variables.putValue(DISTRICT.name(), properties.district());
        variables.putValue(RETROSPECTIVE.name(), false);
        variables.putValue(NEEDS.name(), NEEDS.toStored(found.needs()));
        Map<String, String> evidence = new LinkedHashMap<>();
        for (String need : found.needs()) {
            evidence.put(need, "Agency data as at " + runDate + ": " + found.evidence(need));
        }
        variables.putValue(NEEDS_EVIDENCE.name(), NEEDS_EVIDENCE.toStored(evidence));
        if (phase.dependentChildRequired()) {
            // agency data does not say that a child is expected; the panel may add it
            variables.putValue(EXPECTING_CHILD.name(), false);
        }
        variables.putValue(HOUSEHOLD_MEMBERS.name(), HOUSEHOLD_MEMBERS.toStored(members(household, runDate)));
        return variables;
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
            // an early help assessment is not social care
            boolean knownToSocialCare = m.socialCare().stream()
                    .filter(e -> !"EARLY_HELP".equals(e.status()))
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
