package org.strengtheningfamilies.datamatching;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.config.ProgrammeProperties;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.identification.IdentificationVariables;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.CaseStarter;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.referral.ReferralVariables;

/** The data matching services and the termly-data-matching delegates, built from sf.matching.*. */
@Configuration
@EnableConfigurationProperties(MatchingProperties.class)
class DataMatchingConfiguration {

    @Bean
    public PersonMatcher personMatcher(MatchingProperties properties) {
        return new PersonMatcher(properties.certainThreshold(), properties.possibleThreshold());
    }

    @Bean
    public MatchingRepository matchingRepository(NamedParameterJdbcTemplate jdbc, Clock clock) {
        return new MatchingRepository(jdbc, clock);
    }

    @Bean
    public DataMatching dataMatching(PersonMatcher matcher, MatchingRepository repository) {
        return new DataMatching(matcher, repository);
    }

    @Bean
    public HouseholdDataReader householdDataReader(NamedParameterJdbcTemplate jdbc) {
        return new HouseholdDataReader(jdbc);
    }

    @Bean
    public IdentificationRunRepository identificationRunRepository(NamedParameterJdbcTemplate jdbc, Clock clock) {
        return new IdentificationRunRepository(jdbc, clock);
    }

    @Bean
    public DataIdentificationRules dataIdentificationRules(MatchingProperties properties) {
        return new DataIdentificationRules(properties.frequentPoliceCallouts());
    }

    /** The route by the same decision table family-case uses (processes/identification-route.dmn). */
    @Bean
    public IdentificationRun.RouteDecision identificationRouteDecision(@Lazy DecisionService decisions) {
        return (national, local) -> IdentificationRoute.valueOf(decisions.evaluateDecisionTableByKey(IdentificationRoute.DECISION_KEY)
                .variables(Map.of(IdentificationVariables.NATIONAL_CRITERIA_COUNT.name(), national,
                        IdentificationVariables.LOCAL_FILTER_COUNT.name(), local))
                .evaluate().getSingleResult().getSingleEntry());
    }

    /**
     * A later phase's eligibility by the phase's own table (sf.phases.&lt;phase&gt;.eligibility-decision), the one
     * family-case decides by: needCount, dependentChild and expectingChild in, identificationRoute out.
     */
    @Bean
    public IdentificationRun.EligibilityDecision eligibilityDecision(@Lazy DecisionService decisions) {
        return (decisionKey, needCount, dependentChild, expectingChild) -> IdentificationRoute.valueOf(
                decisions.evaluateDecisionTableByKey(decisionKey)
                        .variables(Map.of(IdentificationVariables.NEED_COUNT.name(), needCount,
                                IdentificationVariables.DEPENDENT_CHILD.name(), dependentChild,
                                ReferralVariables.EXPECTING_CHILD.name(), expectingChild))
                        .evaluate().getSingleResult().getSingleEntry());
    }

    @Bean
    public PhaseNeedsFromData phaseNeedsFromData(DataIdentificationRules rules) {
        return new PhaseNeedsFromData(rules);
    }

    @Bean
    public IdentificationRun identificationRun(HouseholdDataReader reader, DataIdentificationRules rules,
                                               PhaseNeedsFromData needs, ProgrammePhases phases,
                                               IdentificationRunRepository runs, IdentificationRun.RouteDecision routes,
                                               IdentificationRun.EligibilityDecision eligibility,
                                               CaseloadRepository caseload, IdentificationRun.LiveCaseMembers liveCaseMembers,
                                               ReferralRules referralRules,
                                               CaseStarter starter, MatchingProperties properties,
                                               ProgrammeProperties programme) {
        return new IdentificationRun(reader, rules, needs, phases, runs, routes, eligibility, caseload, liveCaseMembers,
                referralRules, starter, properties, programme.identification().localFilters());
    }

    /**
     * The members of the running family cases, from their householdMembers variables (a household
     * referred by hand is found by its people). One query for the references, one for the members.
     */
    @Bean
    public IdentificationRun.LiveCaseMembers liveCaseMembers(@Lazy RuntimeService runtime) {
        return () -> SystemAccess.call(() -> {
            Map<String, String> refs = new java.util.HashMap<>();
            runtime.createVariableInstanceQuery().variableName(ReferralVariables.FAMILY_REF.name()).list()
                    .forEach(v -> refs.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
            Map<String, String> members = new java.util.HashMap<>();
            for (var v : runtime.createVariableInstanceQuery().variableName(ReferralVariables.HOUSEHOLD_MEMBERS.name())
                    .disableCustomObjectDeserialization().list()) {
                String ref = refs.get(v.getProcessInstanceId());
                java.util.List<org.strengtheningfamilies.referral.HouseholdMember> list;
                try {
                    list = ReferralVariables.HOUSEHOLD_MEMBERS.convert(v.getTypedValue() instanceof
                            org.camunda.bpm.engine.variable.value.SerializableValue s ? s.getValueSerialized() : v.getValue());
                } catch (RuntimeException unreadable) {
                    continue; // the case's own validation reports it; it cannot be matched by its members
                }
                for (var m : list) {
                    if (ref != null && m != null && m.name() != null && m.dateOfBirth() != null) {
                        members.put(IdentificationRun.memberKey(m.name(), m.dateOfBirth()), ref);
                    }
                }
            }
            return members;
        });
    }

    /** ${runSchedule.termBoundaries} and ${runSchedule.resolveWait} in termly-data-matching.bpmn. */
    @Bean
    public RunSchedule runSchedule(MatchingProperties properties) {
        return new RunSchedule(properties.termBoundaries(), properties.resolveWait());
    }

    @Bean
    public PrepareRunDelegate prepareRunDelegate(IdentificationRunRepository runs, Clock clock) {
        return new PrepareRunDelegate(runs, clock);
    }

    @Bean
    public MatchRecordsDelegate matchRecordsDelegate(DataMatching matching, MatchingProperties properties) {
        return new MatchRecordsDelegate(matching, properties.matchBatchSize());
    }

    @Bean
    public ListPossibleMatchesDelegate listPossibleMatchesDelegate(MatchingRepository repository) {
        return new ListPossibleMatchesDelegate(repository);
    }

    @Bean
    public PossibleMatchTaskListener possibleMatchTaskListener(MatchingRepository repository, DataMatching matching) {
        return new PossibleMatchTaskListener(repository, matching);
    }

    @Bean
    public EvaluateHouseholdsDelegate evaluateHouseholdsDelegate(IdentificationRun run) {
        return new EvaluateHouseholdsDelegate(run);
    }

    @Bean
    public FinishRunDelegate finishRunDelegate(IdentificationRunRepository runs) {
        return new FinishRunDelegate(runs);
    }

    @Bean
    public HouseholdTimeline householdTimeline(IdentificationRunRepository runs, HouseholdDataReader reader) {
        return new HouseholdTimeline(runs, reader);
    }

    @Bean
    public EvidenceFromData evidenceFromData() {
        return new EvidenceFromData();
    }

    @Bean
    public EvidenceCorrections evidenceCorrections(NamedParameterJdbcTemplate jdbc) {
        return new JdbcEvidenceCorrections(jdbc);
    }

    /** The evidence of the household whose run-started case this is (Task_VerifyOutcomes is pre-filled with it). */
    @Bean
    public EvidencePrefill.EvidenceSource agencyEvidence(IdentificationRunRepository runs, HouseholdDataReader reader,
                                                         EvidenceFromData evidence) {
        return (familyRef, attachment, asAt) -> runs.householdOf(familyRef)
                .flatMap(reader::read).map(household -> evidence.evidence(household, attachment, asAt));
    }

    @Bean
    public EvidencePrefill evidencePrefill(EvidencePrefill.EvidenceSource agencyEvidence, EvidenceCorrections corrections,
                                           Clock clock) {
        return new EvidencePrefill(agencyEvidence, corrections, clock);
    }
}
