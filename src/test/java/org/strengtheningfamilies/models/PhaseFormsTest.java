package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;

/**
 * The later phases' referral forms offer exactly the phase's needs, with the preset's titles, and an
 * evidence field for each that shows when the need is ticked; the forms every later phase shares list
 * the case's own needs (phaseNeeds) and have an evidence field for every need of any phase.
 */
class PhaseFormsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ProgrammePhases PHASES = ProgrammePhases.configure(ProgrammePhase.TF_2012,
            ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()), Map.of(), null);

    static JsonNode form(String id) throws IOException {
        return JSON.readTree(Path.of("forms", id + ".form").toFile());
    }

    static Map<String, JsonNode> byKey(JsonNode components, Map<String, JsonNode> into) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key")) {
                into.put(c.get("key").asText(), c);
            }
            if (c.has("components") && !"dynamiclist".equals(c.path("type").asText())) {
                byKey(c.get("components"), into);
            }
        }
        return into;
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammePhase.class, names = {"TF_2015", "SF_2022", "OUTCOMES_ONLY"})
    void theReferralFormOffersThePhasesNeedsEachWithItsEvidence(ProgrammePhase phase) throws IOException {
        PhaseSettings settings = PHASES.settings(phase);
        Map<String, JsonNode> fields = byKey(form(settings.referralForm()).path("components"), new LinkedHashMap<>());
        Map<String, String> offered = new LinkedHashMap<>();
        fields.get("needs").path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
        Map<String, String> preset = new LinkedHashMap<>();
        settings.needs().forEach(n -> preset.put(n.code(), n.title()));
        assertThat(offered).isEqualTo(preset);
        for (Need need : settings.needs()) {
            JsonNode evidence = fields.get("needsEvidence." + need.code());
            assertThat(evidence).as("evidence field of " + need.code()).isNotNull();
            assertThat(evidence.path("validate").path("required").asBoolean()).isTrue();
            assertThat(evidence.path("conditional").path("hide").asText()).contains("\"" + need.code() + "\"");
        }
        assertThat(fields.containsKey("expectingChild")).isEqualTo(settings.dependentChildRequired());
        assertThat(fields).containsKeys("familyRef", "referringAgency", "district", "presentingIssues")
                .doesNotContainKeys("programmePhase", "retrospective", "criterionWork");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"panel-validation-needs", "more-information-needs",
            "whole-family-assessment"})
    void theSharedFormsListTheCasesOwnNeeds(String id) throws IOException {
        Map<String, JsonNode> fields = byKey(form(id).path("components"), new LinkedHashMap<>());
        assertThat(fields.get("needs").path("valuesKey").asText()).isEqualTo("phaseNeeds");
        if (id.equals("more-information-needs")) {
            List<String> everyNeed = new ArrayList<>();
            PHASES.all().stream().filter(s -> s.phase().judgedByNeeds())
                    .forEach(s -> s.needCodes().forEach(c -> { if (!everyNeed.contains(c)) everyNeed.add(c); }));
            everyNeed.forEach(code -> assertThat(fields).containsKey("needsEvidence." + code));
        }
    }

    /**
     * The panel sees "Expecting a child" only in a phase whose eligibility asks for a child: form-js gives the
     * read-only checkbox a value of its own (false), so a hide condition on the variable alone showed it, unticked,
     * on every 2015-20 case.
     */
    @Test
    void thePanelSeesExpectingAChildOnlyWhereThePhaseAsksForAChild() throws IOException {
        String hide = byKey(form("panel-validation-needs").path("components"), new LinkedHashMap<>())
                .get("expectingChild").path("conditional").path("hide").asText();
        PHASES.all().stream().filter(s -> s.phase().judgedByNeeds()).forEach(s ->
                assertThat(hide.contains("programmePhase = \"" + s.phase().name() + "\""))
                        .as(s.phase() + " hides it: " + hide).isEqualTo(!s.dependentChildRequired()));
    }
}
