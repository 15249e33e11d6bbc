package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The disclosure control rules managers' reports go through. */
class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void figuresFrom1To4AreSuppressedAndZerosAndLargerFiguresShown() {
        DisclosureControl.Table table = control.table();
        int zero = table.cell(0);
        int one = table.cell(1);
        int four = table.cell(4);
        int five = table.cell(5);
        boolean[] suppressed = table.protect();
        assertThat(suppressed[zero]).isFalse();
        assertThat(suppressed[one]).isTrue();
        assertThat(suppressed[four]).isTrue();
        assertThat(suppressed[five]).isFalse();
    }

    @Test
    void aSumWithOneSuppressedFigureLosesItsSmallestOtherFigureToo() {
        // 3 + 20 + 30 = 53: the 3 would follow from the total, so the 20 goes too
        DisclosureControl.Table table = control.table();
        int three = table.cell(3);
        int twenty = table.cell(20);
        int thirty = table.cell(30);
        table.sum(table.cell(53), three, twenty, thirty);
        boolean[] suppressed = table.protect();
        assertThat(suppressed[three]).isTrue();
        assertThat(suppressed[twenty]).isTrue();
        assertThat(suppressed[thirty]).isFalse();
    }

    @Test
    void twoSuppressedFiguresThatAddUpToFewerThanTheMinimumAreNotEnough() {
        // 1 + 1 + 40 = 42: shown 40 and total 42 would say both hidden figures are 1
        DisclosureControl.Table table = control.table();
        int a = table.cell(1);
        int b = table.cell(1);
        int forty = table.cell(40);
        int total = table.cell(42);
        table.sum(total, a, b, forty);
        boolean[] suppressed = table.protect();
        assertThat(suppressed[a]).isTrue();
        assertThat(suppressed[b]).isTrue();
        assertThat(suppressed[forty]).isTrue();
        assertThat(suppressed[total]).isFalse();
    }

    @Test
    void aSmallTotalIsSuppressedWithEveryPart() {
        DisclosureControl.Table table = control.table();
        int a = table.cell(2);
        int b = table.cell(0);
        int total = table.cell(2);
        table.sum(total, a, b);
        boolean[] suppressed = table.protect();
        assertThat(suppressed[total]).isTrue();
        assertThat(suppressed[a]).isTrue();
    }

    @Test
    void aSingleLineWhoseComplementIsSmallIsSuppressed() {
        // 38 of 40 known to social care: the 2 others would follow
        DisclosureControl.Table table = control.table();
        int people = table.cell(40);
        int known = table.cell(38);
        table.sum(people, known, table.hidden(2));
        assertThat(table.protect()[known]).isTrue();
        DisclosureControl.Table fine = control.table();
        int all = fine.cell(40);
        int half = fine.cell(20);
        fine.sum(all, half, fine.hidden(20));
        assertThat(fine.protect()[half]).isFalse();
    }

    @Test
    void secondarySuppressionFollowsAFigureIntoItsOtherSums() {
        // a 2 x 2 table with row and column totals: suppressing one cell spreads to a rectangle
        DisclosureControl.Table table = control.table();
        int a = table.cell(2);
        int b = table.cell(10);
        int c = table.cell(12);
        int d = table.cell(20);
        table.sum(table.cell(12), a, b);
        table.sum(table.cell(32), c, d);
        table.sum(table.cell(14), a, c);
        table.sum(table.cell(30), b, d);
        boolean[] suppressed = table.protect();
        assertThat(suppressed[a]).isTrue();
        assertThat(suppressed[b]).isTrue();
        assertThat(suppressed[c]).isTrue();
        assertThat(suppressed[d]).isTrue();
    }

    @Test
    void withAMinimumOfOneNothingIsSuppressed() {
        DisclosureControl.Table table = new DisclosureControl(1).table();
        int one = table.cell(1);
        table.sum(table.cell(3), one, table.cell(2));
        assertThat(table.protect()).containsOnly(false);
        assertThatThrownBy(() -> new DisclosureControl(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresAreAsAtTheLastMonthEndByWhichEnoughFamiliesWereIdentified() {
        LocalDate start = LocalDate.of(2012, 4, 1);
        var months = DisclosureControl.byMonth(Map.of(YearMonth.of(2012, 4), 3L, YearMonth.of(2012, 5), 4L,
                YearMonth.of(2012, 6), 6L, YearMonth.of(2012, 7), 1L, YearMonth.of(2012, 8), 0L));
        assertThat(control.releaseDate(LocalDate.of(2012, 4, 30), start, months)).as("3: nothing released yet")
                .isEqualTo(LocalDate.of(2012, 3, 31));
        assertThat(control.releaseDate(LocalDate.of(2012, 5, 31), start, months)).isEqualTo(LocalDate.of(2012, 5, 31));
        assertThat(control.releaseDate(LocalDate.of(2012, 6, 29), start, months)).as("a day before the month's end")
                .isEqualTo(LocalDate.of(2012, 5, 31));
        assertThat(control.releaseDate(LocalDate.of(2012, 6, 30), start, months)).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(control.releaseDate(LocalDate.of(2012, 8, 31), start, months)).as("1 in July and none in August roll on")
                .isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(control.rule()).contains("1 to 4").contains("release date");
    }
}
