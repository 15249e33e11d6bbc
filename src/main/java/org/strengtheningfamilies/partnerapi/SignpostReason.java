package org.strengtheningfamilies.partnerapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.strengtheningfamilies.identification.IdentificationVariables;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammeVariables;
import org.strengtheningfamilies.referral.ReferralVariables;

/**
 * Why a referral was signposted, in the start form's words: which national criteria and local filters
 * it showed, which criteria it did not, and what the route table (identification-route.dmn, the
 * process designer's) admits, from the descriptions of its rules. A later phase's referral: how many of
 * the phase's needs it showed, whether the household has a dependent child where that counts, and what
 * the phase's eligibility table admits.
 */
final class SignpostReason {

    static final List<String> NATIONAL_CRITERIA = List.of("criterionCrimeAsb", "criterionEducation", "criterionWork");
    static final String ROUTE_TABLE = "identification-route";

    private final ReferralForm form;
    private final List<String> localFilters;
    private final RepositoryService repository;
    private final Map<String, String> admittedByDecision = new ConcurrentHashMap<>();

    private final ProgrammePhases phases;

    SignpostReason(ReferralForm form, List<String> localFilters, RepositoryService repository, ProgrammePhases phases) {
        this.form = form;
        this.localFilters = List.copyOf(localFilters);
        this.repository = repository;
        this.phases = phases;
    }

    /** The variables the reason is made from. */
    Collection<String> variableNames() {
        List<String> names = new ArrayList<>(NATIONAL_CRITERIA);
        names.addAll(localFilters);
        names.addAll(List.of(ProgrammeVariables.PROGRAMME_PHASE.name(), ReferralVariables.NEEDS.name(),
                IdentificationVariables.DEPENDENT_CHILD.name(), ReferralVariables.EXPECTING_CHILD.name()));
        return names;
    }

    String of(Map<String, Object> variables) {
        PhaseSettings phase = phases.settingsOf(variables);
        if (phase.phase().judgedByNeeds()) {
            return ofNeeds(variables, phase);
        }
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        for (String criterion : NATIONAL_CRITERIA) {
            (Boolean.TRUE.equals(variables.get(criterion)) ? met : notMet).add(form.label(criterion).toLowerCase());
        }
        List<String> filters = localFilters.stream().filter(f -> Boolean.TRUE.equals(variables.get(f)))
                .map(f -> form.label(f).toLowerCase()).toList();
        StringBuilder reason = new StringBuilder("Signposted to other services. The referral showed ")
                .append(met.size()).append(" of the ").append(NATIONAL_CRITERIA.size()).append(" national criteria");
        if (!met.isEmpty()) {
            reason.append(" (").append(String.join(", ", met)).append(")");
        }
        reason.append(" and ").append(filters.isEmpty() ? "no local filter" : "the local filters " + String.join(", ", filters));
        if (!notMet.isEmpty()) {
            reason.append("; not shown: ").append(String.join(", ", notMet));
        }
        reason.append('.');
        String admitted = admitted();
        if (!admitted.isEmpty()) {
            reason.append(" The programme takes families with ").append(admitted).append('.');
        }
        return reason.toString();
    }

    private String ofNeeds(Map<String, Object> variables, PhaseSettings phase) {
        List<String> shown = ReferralVariables.NEEDS.find(variables).orElse(List.of()).stream()
                .map(code -> phase.need(code).map(Need::title).orElse(code).toLowerCase()).toList();
        StringBuilder reason = new StringBuilder("Signposted to other services. The referral showed ")
                .append(shown.size()).append(" of the ").append(phase.needs().size()).append(" needs of ")
                .append(phase.phase().title());
        // after a colon, not in brackets: a phase's name may have brackets of its own ("… (Earned Autonomy, …)")
        if (!shown.isEmpty()) {
            reason.append(": ").append(String.join(", ", shown));
        }
        if (phase.dependentChildRequired()
                && !Boolean.TRUE.equals(IdentificationVariables.DEPENDENT_CHILD.find(variables).orElse(false))
                && !Boolean.TRUE.equals(ReferralVariables.EXPECTING_CHILD.find(variables).orElse(false))) {
            reason.append(shown.isEmpty() ? ", and" : "; and").append(" no dependent child in the household nor one expected");
        }
        reason.append('.');
        String admitted = admitted(phase.eligibilityDecision());
        if (!admitted.isEmpty()) {
            reason.append(" The programme takes families with ").append(admitted).append('.');
        }
        return reason.toString();
    }

    /** "all three national criteria, or exactly two national criteria and at least one local filter". */
    private String admitted() {
        return admitted(ROUTE_TABLE);
    }

    private String admitted(String table) {
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey(table)
                .latestVersion().singleResult();
        if (decision == null) {
            return "";
        }
        return admittedByDecision.computeIfAbsent(decision.getId(), id -> {
            DmnModelInstance model = repository.getDmnModelInstance(id);
            List<String> routes = new ArrayList<>();
            for (Rule rule : model.getModelElementsByType(Rule.class)) {
                boolean signposts = rule.getOutputEntries().stream()
                        .anyMatch(entry -> entry.getTextContent().contains("NOT_ELIGIBLE"));
                if (!signposts && rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()) {
                    String text = rule.getDescription().getTextContent().trim();
                    routes.add(Character.toLowerCase(text.charAt(0)) + text.substring(1));
                }
            }
            return String.join(", or ", routes);
        });
    }
}
