package org.strengtheningfamilies.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.demo.CohortPlan.Family;

/** The cohort's plan reproduces the report's counts by date before anything runs it through the engine. */
class CohortPlanTest {

    private static final LocalDate DECEMBER = LocalDate.of(2012, 12, 31);
    private static final LocalDate MARCH = LocalDate.of(2013, 3, 31);

    @Test
    void decemberIsTable2AndMarchIsAppendix3() {
        List<Family> families = CohortPlan.families();
        assertThat(byService(families, DECEMBER)).isEqualTo(Map.of("CFP", 35L, "CSC", 14L, "YOT", 5L, "NEP", 10L, "NFA", 18L));
        assertThat(identified(families, MARCH)).hasSize(123);
        assertThat(identified(families, MARCH).stream().filter(f -> !"NFA".equals(f.leadService()))).hasSize(95);
        assertThat(families.stream().filter(Family::retrospective)).hasSize(19)
                .allSatisfy(f -> assertThat(f.attachmentDate()).isBetween(LocalDate.of(2012, 4, 1), DECEMBER));
        assertThat(families).allSatisfy(f -> {
            assertThat(f.referredOn()).isAfterOrEqualTo(LocalDate.of(2012, 4, 1)).isBeforeOrEqualTo(f.decidedOn());
            assertThat(f.children()).isNotEmpty();
        });
        assertThat(families.stream().map(Family::familyRef).distinct()).hasSize(families.size());
    }

    @Test
    void tenFamiliesGoFurtherAndFiveAreTurnedAroundAfterTheMarchFigures() {
        List<Family> further = CohortPlan.families().stream()
                .filter(f -> !f.retrospective() && f.attachmentDate() != null).toList();
        assertThat(further).hasSize(10).allSatisfy(f -> {
            assertThat(f.leadService()).isEqualTo("CFP");
            assertThat(f.attachmentDate()).isAfter(f.decidedOn()).isBefore(DECEMBER);
        });
        assertThat(further.stream().filter(f -> f.turnedAroundOn() != null)).hasSize(5)
                .allSatisfy(f -> assertThat(f.turnedAroundOn()).isAfter(MARCH));
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        assertThat(CohortPlan.families()).isEqualTo(CohortPlan.families());
    }

    private static List<Family> identified(List<Family> families, LocalDate asOf) {
        return families.stream().filter(f -> !f.decidedOn().isAfter(asOf)).toList();
    }

    private static Map<String, Long> byService(List<Family> families, LocalDate asOf) {
        return identified(families, asOf).stream().collect(Collectors.groupingBy(Family::leadService, Collectors.counting()));
    }
}
