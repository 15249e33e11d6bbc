package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;
import org.strengtheningfamilies.reporting.ProgrammeReports.Audience;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * A council switches from 2012-15 to Supporting Families 2022-25: its 2012-15 family is taken through the
 * process to its claim, families are referred under 2022-25 and taken through theirs (assessment, support,
 * need outcomes, the sustain check, claims), and the reports are read as the application builds them with
 * {@code sf.programme.phase=SF_2022} (and 2022-25's families committed set). Each case counts under its own
 * phase: the 2012-15 family in 2012-15's years and claims, the 2022-25 families in theirs.
 */
class ReportsPerPhaseTest extends LaterPhaseProcessTest {

    private static final ProgrammePhase SF = ProgrammePhase.SF_2022;
    private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
    private static final List<String> NEEDS = List.of("EDUCATION", "HOUSING", "CRIME");

    @Autowired ReportQueries queries;
    @Autowired ProgrammeCalendar calendar;
    @Autowired StatisticalNeighbours neighbours;
    @Autowired DisclosureControl control;
    @Autowired java.time.Clock clock;

    ProgrammeReports reports;
    OutcomesReports outcomes;

    /** The reports after the switch: phase of new referrals SF_2022, its families committed 100, 120 and 130. */
    @BeforeEach
    void switchToSupportingFamilies() {
        ProgrammePhases switched = ProgrammePhases.configure(SF, ProgrammePresets.tf2012(calendar.programmeStart(),
                calendar.years(), List.of("localDomesticAbuse")), Map.of(), null);
        reports = new ProgrammeReports(queries, calendar, switched, "Milton Keynes", List.of(141, 212, 72),
                Map.of(SF, List.of(100, 120, 130)), "1/6", neighbours, control, clock);
        outcomes = new OutcomesReports(queries, reports.views());
    }

    /** The 2012-15 family: attached in November 2014 (its programme year 3), turned around and claimed in May 2015. */
    private void family2012() {
        today("2014-10-01");
        ProcessInstance pi = startCase(referral("MK-000901"));
        today("2014-10-15");
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        today("2014-11-04");
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2014-10-30"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2014-11-03"));
        today("2015-05-10");
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        today("2015-05-12");
        complete(pi, TASK_AUDIT_CLAIM, approved());
    }

    private static VariableMap close() {
        return Variables.createVariables().putValue("furtherSupportDecision", "CLOSE")
                .putValue("furtherSupportNotes", "The family asked to end support");
    }

    /**
     * Seven 2022-25 families (a child each) referred in May 2022 with three needs, accepted on 16 May, assessed on
     * 1 June (the first family's assessment adds financial stability, the second's finds no crime) and attached on
     * 15 June 2022 (year 1, quarter 1). In December 2022 two have housing not achieved and are closed; five begin
     * the sustain period, and in June 2023 four sustain it (successful, claimed and closed) and one does not
     * (closed). Six more are accepted in July 2023.
     */
    private void families2022() {
        today("2022-05-02");
        List<ProcessInstance> families = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            families.add(refer(SF, needsReferral(String.format("MK-22%04d", n), NEEDS.toArray(String[]::new))));
        }
        today("2022-05-16");
        for (ProcessInstance pi : families) {
            complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
            complete(pi, TASK_SEEK_CONSENT, consent(true));
        }
        today("2022-06-01");
        for (int n = 1; n <= 7; n++) {
            List<String> needs = n == 1 ? List.of("EDUCATION", "HOUSING", "CRIME", "FINANCIAL_STABILITY")
                    : n == 2 ? List.of("EDUCATION", "HOUSING") : NEEDS;
            complete(families.get(n - 1), TASK_ASSESS_FAMILY, assessment("2022-06-01", needs.toArray(String[]::new)));
        }
        today("2022-06-15");
        for (ProcessInstance pi : families) {
            complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2022-06-15"));
            complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2022-06-15"));
        }
        today("2022-12-20");
        for (int n = 1; n <= 7; n++) {
            ProcessInstance pi = families.get(n - 1);
            fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
            List<String> needs = n == 1 ? List.of("EDUCATION", "HOUSING", "CRIME", "FINANCIAL_STABILITY")
                    : n == 2 ? List.of("EDUCATION", "HOUSING") : NEEDS;
            complete(pi, TASK_VERIFY_OUTCOMES, n >= 6 ? needOutcomes(needs, "HOUSING") : needOutcomes(needs));
        }
        today("2022-12-21");
        complete(families.get(5), TASK_DECIDE_FURTHER_SUPPORT, close());
        complete(families.get(6), TASK_DECIDE_FURTHER_SUPPORT, close());
        today("2023-06-20");
        for (int n = 1; n <= 5; n++) {
            ProcessInstance pi = families.get(n - 1);
            fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
            complete(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(n <= 4));
        }
        today("2023-06-21");
        complete(families.get(4), TASK_DECIDE_FURTHER_SUPPORT, close());
        today("2023-06-22");
        for (int n = 1; n <= 4; n++) {
            complete(families.get(n - 1), TASK_AUDIT_CLAIM, approved());
        }
        today("2023-07-03");
        List<ProcessInstance> later = new ArrayList<>();
        for (int n = 8; n <= 13; n++) {
            later.add(refer(SF, needsReferral(String.format("MK-22%04d", n), NEEDS.toArray(String[]::new))));
        }
        today("2023-07-10");
        for (ProcessInstance pi : later) {
            complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        }
        today("2023-09-30");
    }

    private static long n(Figure figure) {
        assertThat(figure.suppressed()).isFalse();
        return figure.value().longValue();
    }

    /**
     * The read model, targets, claims, activity, characteristics and successful family outcomes after the
     * switch, exactly and as managers see them: one council's history, built once (it is the slow part).
     */
    @Test
    void afterTheSwitchEachFamilyCountsUnderItsOwnPhase() {
        family2012();
        families2022();
        theReadModelRecordsEachCasesPhaseAndItsYearInThatPhase();
        targetsCountEachFamilyInItsOwnPhasesYears();
        claimsAreByPhaseAndItsProgrammeYear();
        activityAndCharacteristicsAreOfThePhaseAskedFor();
        successfulFamilyOutcomesPerQuarterAndPerNeed();
        the2012To15FamilysOutcomesStayItsOwnWithoutAnAssessmentOrSustainCheck();
        managersSeeTheFiguresOfThePhasesLatestReleaseWithSmallOnesSuppressed();
    }

    private void targetsCountEachFamilyInItsOwnPhasesYears() {
        TargetsReport all = reports.targets(AS_OF, Audience.EXACT, Optional.empty());
        assertThat(all.phase()).isNull();
        assertThat(all.phases()).extracting(PhaseTitle::phase).containsExactly("TF_2012", "SF_2022");
        assertThat(all.years()).extracting(TargetsReport.Year::phase)
                .containsExactly("TF_2012", "TF_2012", "TF_2012", "SF_2022", "SF_2022", "SF_2022");
        TargetsReport.Year tfYear3 = all.years().get(2);
        assertThat(tfYear3.year()).isEqualTo(3);
        assertThat(tfYear3.from()).isEqualTo("2014-04-01");
        assertThat(tfYear3.targetFamilies()).isEqualTo(72L);
        assertThat(tfYear3.indicativeFamilies()).isEqualTo(59L);
        assertThat(n(tfYear3.identified())).isEqualTo(1);
        assertThat(n(tfYear3.attached())).isEqualTo(1);
        assertThat(n(tfYear3.turnedAround())).isEqualTo(1);
        TargetsReport.Year sfYear1 = all.years().get(3);
        assertThat(sfYear1.year()).isEqualTo(1);
        assertThat(sfYear1.from()).isEqualTo("2022-04-01");
        assertThat(sfYear1.targetFamilies()).isEqualTo(100L);
        assertThat(sfYear1.indicativeFamilies()).as("no deadweight after 2015").isNull();
        assertThat(n(sfYear1.identified())).isEqualTo(7);
        assertThat(n(sfYear1.workedWith())).isEqualTo(7);
        assertThat(n(sfYear1.attached())).isEqualTo(7);
        assertThat(n(sfYear1.turnedAround())).as("successful family outcomes").isEqualTo(4);
        assertThat(n(all.years().get(4).identified())).isEqualTo(6);
        assertThat(all.phaseTotals()).extracting(TargetsReport.Year::targetFamilies).containsExactly(425L, 350L);
        assertThat(n(all.phaseTotals().get(1).identified())).isEqualTo(13);
        assertThat(n(all.totals().identified())).isEqualTo(14);
        assertThat(all.totals().targetFamilies()).isEqualTo(775L);
        assertThat(all.totals().indicativeFamilies()).as("only 2012-15 has indicative families").isNull();
        assertThat(all.csv().lines().toList()).first().isEqualTo(
                "phase,year,from,to,targetFamilies,indicativeFamilies,identified,workedWith,attached,turnedAround");
        assertThat(all.csv()).contains("SF_2022,1,2022-04-01,2023-03-31,100,,7,7,7,4").contains("TF_2012,total,")
                .contains(",total,2012-04-01,2025-03-31,775,,14,14,8,5");

        TargetsReport supporting = reports.targets(AS_OF, Audience.EXACT, Optional.of(SF));
        assertThat(supporting.phase()).isEqualTo("SF_2022");
        assertThat(supporting.years()).hasSize(3).allMatch(y -> y.phase().equals("SF_2022"));
        assertThat(n(supporting.totals().identified())).isEqualTo(13);
        assertThat(supporting.totals().targetFamilies()).isEqualTo(350L);
        TargetsReport troubled = reports.targets(AS_OF, Audience.EXACT, Optional.of(ProgrammePhase.TF_2012));
        assertThat(n(troubled.totals().identified())).isEqualTo(1);
        assertThat(troubled.totals().targetFamilies()).isEqualTo(425L);
    }

    private void claimsAreByPhaseAndItsProgrammeYear() {
        ClaimsReport all = reports.claims(AS_OF, Audience.EXACT, Optional.empty());
        assertThat(all.rows()).extracting(ClaimsReport.Row::phase).containsOnly("TF_2012", "SF_2022");
        ClaimsReport.Row supporting = all.rows().stream().filter(r -> r.phase().equals("SF_2022")).findFirst().orElseThrow();
        assertThat(supporting.programmeYear()).isEqualTo(1);
        assertThat(supporting.resultType()).isEqualTo("SUCCESSFUL_FAMILY_OUTCOME");
        assertThat(n(supporting.approved())).isEqualTo(4);
        assertThat(supporting.approvedAmount().value()).isEqualTo(new java.math.BigDecimal("3200.00"));
        assertThat(all.rows().stream().filter(r -> r.phase().equals("TF_2012")))
                .allMatch(r -> r.programmeYear().equals(3)).isNotEmpty();
        ClaimsReport troubled = reports.claims(AS_OF, Audience.EXACT, Optional.of(ProgrammePhase.TF_2012));
        assertThat(troubled.rows()).extracting(ClaimsReport.Row::resultType).doesNotContain("SUCCESSFUL_FAMILY_OUTCOME");
        assertThat(troubled.totals().phase()).isEqualTo("TF_2012");
        assertThat(n(troubled.totals().approved()) + n(supporting.approved())).isEqualTo(n(all.totals().approved()));
    }

    private void activityAndCharacteristicsAreOfThePhaseAskedFor() {
        ActivityReport supporting = reports.activity(AS_OF, Audience.EXACT, Optional.of(SF));
        ActivityReport.Row cfp = supporting.rows().stream().filter(r -> r.leadService().equals("CFP")).findFirst().orElseThrow();
        assertThat(n(cfp.level3())).as("the six identified in July 2023 are live").isEqualTo(6);
        assertThat(n(supporting.total())).isEqualTo(6);
        assertThat(n(reports.activity(LocalDate.of(2014, 12, 31), Audience.EXACT, Optional.empty()).total()))
                .as("the 2012-15 family, live at the end of 2014").isEqualTo(1);
        assertThat(n(reports.activity(LocalDate.of(2014, 12, 31), Audience.EXACT, Optional.of(SF)).total())).isZero();

        CharacteristicsReport children = reports.characteristics(AS_OF, Audience.EXACT, Optional.of(SF));
        assertThat(n(children.youngPeople())).isEqualTo(13);
        CharacteristicsReport.Section route = children.sections().stream()
                .filter(s -> s.name().equals("Young people, by route")).findFirst().orElseThrow();
        assertThat(route.rows()).extracting(CharacteristicsReport.Row::label)
                .containsExactly("Eligible by their needs (2015 onwards)");
        assertThat(n(route.rows().get(0).count())).isEqualTo(13);
        CharacteristicsReport everyone = reports.characteristics(AS_OF, Audience.EXACT, Optional.empty());
        assertThat(n(everyone.youngPeople())).as("the 2012-15 family's child too").isEqualTo(14);
        assertThat(everyone.sections().get(1).rows()).extracting(CharacteristicsReport.Row::label)
                .containsExactly("Meeting 3 criteria", "Meeting 2+1 criteria", "Eligible by their needs (2015 onwards)");
        CharacteristicsReport troubled = reports.characteristics(AS_OF, Audience.EXACT, Optional.of(ProgrammePhase.TF_2012));
        assertThat(n(troubled.youngPeople())).isEqualTo(1);
    }

    private void successfulFamilyOutcomesPerQuarterAndPerNeed() {
        OutcomesReport report = outcomes.outcomes(AS_OF, Audience.EXACT, Optional.of(SF));
        assertThat(report.phases()).singleElement().extracting(OutcomesReport.PhaseOutcomes::phase).isEqualTo("SF_2022");
        OutcomesReport.PhaseOutcomes supporting = report.phases().get(0);
        // year 1's four quarters and year 2's first two have begun by the end of September 2023
        assertThat(supporting.quarters()).extracting(OutcomesReport.Quarter::label).containsExactly(
                "Year 1 quarter 1", "Year 1 quarter 2", "Year 1 quarter 3", "Year 1 quarter 4",
                "Year 2 quarter 1", "Year 2 quarter 2");
        OutcomesReport.Quarter first = supporting.quarters().get(0);
        assertThat(first.from()).isEqualTo("2022-04-01");
        assertThat(first.to()).isEqualTo("2022-06-30");
        assertThat(n(first.attached())).isEqualTo(7);
        assertThat(n(first.assessed())).isEqualTo(7);
        assertThat(n(supporting.quarters().get(2).closed())).as("housing not achieved: closed in December").isEqualTo(2);
        OutcomesReport.Quarter june2023 = supporting.quarters().get(4);
        assertThat(n(june2023.sustained())).isEqualTo(4);
        assertThat(n(june2023.successful())).isEqualTo(4);
        assertThat(n(june2023.closed())).isEqualTo(5);
        OutcomesReport.Quarter totals = supporting.totals();
        assertThat(List.of(n(totals.attached()), n(totals.assessed()), n(totals.closed()), n(totals.sustained()),
                n(totals.successful()))).containsExactly(7L, 7L, 7L, 4L, 4L);
        assertThat(supporting.needs()).extracting(OutcomesReport.NeedRow::need)
                .containsExactly("EDUCATION", "CRIME", "HOUSING", "FINANCIAL_STABILITY");
        Map<String, long[]> needs = new java.util.HashMap<>();
        supporting.needs().forEach(row -> needs.put(row.need(), new long[] {n(row.identified()), n(row.achieved())}));
        assertThat(needs.get("EDUCATION")).containsExactly(13, 7);
        assertThat(needs.get("CRIME")).as("the second family's assessment found none").containsExactly(12, 6);
        assertThat(needs.get("HOUSING")).containsExactly(13, 5);
        assertThat(needs.get("FINANCIAL_STABILITY")).containsExactly(1, 1);
        assertThat(supporting.needs().get(0).title()).isEqualTo("Getting a good education");

        String csv = report.csv();
        assertThat(csv.lines().findFirst()).contains(
                "phase,section,label,from,to,attached,assessed,closed,sustained,successful,identified,achieved");
        assertThat(csv).contains("SF_2022,quarter,Year 1 quarter 1,2022-04-01,2022-06-30,7,7,0,0,0,,")
                .contains("SF_2022,total,Total,2022-04-01,2023-09-30,7,7,7,4,4,,")
                .contains("SF_2022,need,Secure housing,,,,,,,,13,5");
    }

    private void the2012To15FamilysOutcomesStayItsOwnWithoutAnAssessmentOrSustainCheck() {
        OutcomesReport report = outcomes.outcomes(AS_OF, Audience.EXACT, Optional.empty());
        assertThat(report.phases()).extracting(OutcomesReport.PhaseOutcomes::phase).containsExactly("TF_2012", "SF_2022");
        OutcomesReport.PhaseOutcomes troubled = report.phases().get(0);
        assertThat(troubled.quarters()).hasSize(13);
        assertThat(troubled.quarters().get(12).label()).isEqualTo("After the programme");
        assertThat(troubled.quarters().get(12).from()).isEqualTo("2015-04-01");
        assertThat(troubled.quarters()).allMatch(q -> q.assessed() == null && q.sustained() == null);
        assertThat(n(troubled.quarters().get(10).attached())).as("November 2014: year 3, quarter 3").isEqualTo(1);
        assertThat(n(troubled.quarters().get(12).successful())).as("turned around in May 2015").isEqualTo(1);
        assertThat(n(troubled.quarters().get(12).closed())).isEqualTo(1);
        assertThat(troubled.needs()).isEmpty();
        assertThat(report.csv()).contains("TF_2012,quarter,Year 3 quarter 3,2014-10-01,2014-12-31,1,,0,,0,,");
    }

    private void managersSeeTheFiguresOfThePhasesLatestReleaseWithSmallOnesSuppressed() {
        // thirteen 2022-25 families identified: seven in May 2022, six in July 2023 (releases 2022-05-31, 2023-07-31)
        OutcomesReport report = outcomes.outcomes(AS_OF, Audience.CONTROLLED, Optional.of(SF));
        assertThat(report.disclosureControl().applied()).isTrue();
        assertThat(report.disclosureControl().figuresAsOf()).isEqualTo("2023-07-31");
        OutcomesReport.PhaseOutcomes supporting = report.phases().get(0);
        OutcomesReport.NeedRow financial = supporting.needs().stream().filter(r -> r.need().equals("FINANCIAL_STABILITY"))
                .findFirst().orElseThrow();
        assertThat(financial.identified().suppressed()).isTrue();
        assertThat(financial.achieved().suppressed()).isTrue();
        for (OutcomesReport.Quarter q : supporting.quarters()) {
            for (Figure f : new Figure[] {q.attached(), q.assessed(), q.closed(), q.sustained(), q.successful()}) {
                assertThat(f.suppressed() || f.value().longValue() == 0 || f.value().longValue() >= 5).as(q.label()).isTrue();
            }
        }
        assertThat(supporting.quarters().get(2).closed().suppressed()).as("2 closed in December 2022").isTrue();
        assertThat(supporting.totals().closed().suppressed()).as("the total shown, its parts hidden enough").isFalse();
        assertThat(report.csv()).contains("[c]").contains("# Disclosure control:");

        TargetsReport targets = reports.targets(AS_OF, Audience.CONTROLLED, Optional.of(SF));
        assertThat(targets.disclosureControl().figuresAsOf()).isEqualTo("2023-07-31");
        assertThat(n(targets.totals().identified())).isEqualTo(13);
        // of every phase: the release dates of all families identified, the 2012-15 one included
        assertThat(reports.targets(AS_OF, Audience.CONTROLLED, Optional.empty()).disclosureControl().figuresAsOf())
                .isEqualTo("2023-07-31");
    }

    private void theReadModelRecordsEachCasesPhaseAndItsYearInThatPhase() {
        assertThat(jdbc.queryForMap("select programme_phase, programme_year from sf_report_case where family_ref = 'MK-000901'",
                Map.of())).containsEntry("PROGRAMME_PHASE", "TF_2012").containsEntry("PROGRAMME_YEAR", 3);
        Map<String, Object> supporting = jdbc.queryForMap("select * from sf_report_case where family_ref = 'MK-220005'",
                Map.of());
        assertThat(supporting).containsEntry("PROGRAMME_PHASE", "SF_2022").containsEntry("PROGRAMME_YEAR", 1)
                .containsEntry("ASSESSED_ON", java.sql.Date.valueOf("2022-06-01"))
                .containsEntry("SUSTAIN_STARTED_ON", java.sql.Date.valueOf("2022-12-20"))
                .containsEntry("SUSTAIN_CHECKED_ON", java.sql.Date.valueOf("2023-06-20"))
                .containsEntry("OUTCOMES_SUSTAINED", false);
        assertThat(supporting.get("TURNED_AROUND_ON")).isNull();
        assertThat(jdbc.queryForList("select n.need, n.identified_on, n.outcome from sf_report_need n join sf_report_case c "
                + "on c.process_instance_id = n.process_instance_id where c.family_ref = 'MK-220001' order by n.need", Map.of())).extracting(row -> row.get("NEED") + " " + row.get("IDENTIFIED_ON") + " "
                + row.get("OUTCOME")).containsExactly("CRIME 2022-05-16 ACHIEVED", "EDUCATION 2022-05-16 ACHIEVED",
                "FINANCIAL_STABILITY 2022-06-01 ACHIEVED", "HOUSING 2022-05-16 ACHIEVED");
        assertThat(jdbc.queryForList("select n.need from sf_report_need n join sf_report_case c on c.process_instance_id = "
                + "n.process_instance_id where c.family_ref = 'MK-220002' order by n.need", Map.of(), String.class))
                .containsExactly("EDUCATION", "HOUSING");
        assertThat(jdbc.queryForList("select distinct p.programme_phase from sf_report_young_person p join sf_report_case c "
                + "on c.process_instance_id = p.process_instance_id where c.family_ref like 'MK-22%'", Map.of(), String.class))
                .containsExactly("SF_2022");
    }
}
