package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caseaudit.findings.DisclosureControl.Cell;
import org.caseaudit.findings.DisclosureControl.Protection;
import org.caseaudit.findings.DisclosureControl.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disclosure-control policy: table tests of primary and secondary suppression on the shapes the outputs use, and
 * property tests on seeded random tables: after protection no protected count can be worked out, checked against a
 * brute-force search over every non-negative whole-number table consistent with what is printed.
 */
class DisclosureControlTest {

    private final DisclosureControl policy = DisclosureControl.standard();

    @ParameterizedTest(name = "{0}: suppressed {1}")
    @CsvSource({"0, false", "1, true", "5, true", "6, false", "40, false"})
    void counts_from_1_to_the_threshold_are_suppressed_and_0_is_shown(long count, boolean suppressed) {
        assertThat(policy.primary(count)).isEqualTo(suppressed);
    }

    @Test
    void the_threshold_is_a_setting() {
        assertThat(new DisclosureControl(2).primary(3)).isFalse();
        assertThat(new DisclosureControl(10).primary(9)).isTrue();
        assertThatThrownBy(() -> new DisclosureControl(-1)).hasMessageContaining("threshold");
    }

    @ParameterizedTest(name = "compliant {0}, partly {1}, not {2}, n/a {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            // compliant | partly | not compliant | not applicable | shown: compliant partly not audited n/a
            "8 | 0 | 7 | 0 | 8 0 7 15 0",
            "3 | 0 | 7 | 0 | c 0 c 10 0",   // the example: 7 of 10 beside c gives c = 3
            "7 | 0 | 3 | 0 | c 0 c 10 0",   // a non-compliant count of 3 is protected as well
            "10 | 2 | 6 | 0 | 10 c c 18 0",
            "9 | 0 | 0 | 3 | 9 0 0 9 c"})   // done (a process count) = audited + n/a: the audited count gives way
    void a_question_row_hides_small_counts_and_whatever_would_give_them_away(int compliant, int partly, int not,
            int na, String expected) {
        Table t = policy.table();
        Cell c = t.sensitive("compliant", compliant);
        Cell p = t.sensitive("partly", partly);
        Cell n = t.sensitive("not", not);
        Cell audited = t.sensitive("audited", compliant + partly + not);
        Cell notApplicable = t.sensitive("na", na);
        Cell done = t.process("done", compliant + partly + not + na);
        t.sum(audited, c, p, n).sum(done, audited, notApplicable);
        Protection shown = t.protect();
        String actual = String.join(" ", shown.show(c), shown.show(p), shown.show(n), shown.show(audited),
                shown.show(notApplicable));
        if (na > 0 && na <= 5) {
            // with n/a suppressed, audited (done - n/a) must go too, and then a part of it
            assertThat(shown.suppressed(audited)).isTrue();
        } else {
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(shown.recoverable()).isEmpty();
        assertThat(shown.show(done)).isEqualTo(Long.toString(done.value()));
    }

    @Test
    void process_counts_are_never_suppressed_even_when_small() {
        Table t = policy.table();
        Cell moderated = t.process("moderated", 3);
        Cell red = t.process("red", 1);
        Protection shown = t.protect();
        assertThat(shown.show(moderated)).isEqualTo("3");
        assertThat(shown.show(red)).isEqualTo("1");
    }

    @Test
    void a_count_the_output_does_not_print_is_protected_too() {
        // "7 of 10 compliant" prints no non-compliant count, but 10 - 7 = 3 gives it
        Table t = policy.table();
        Cell c = t.sensitive("compliant", 7);
        Cell findings = t.unprinted("findings", 3);
        Cell audited = t.sensitive("audited", 10);
        t.sum(audited, c, findings);
        Protection shown = t.protect();
        assertThat(shown.show(c)).isEqualTo("c");
        assertThat(shown.show(audited)).isEqualTo("10");
        assertThat(shown.recoverable()).isEmpty();
    }

    @Test
    void a_pooled_figure_beside_its_months_is_protected_across_the_tables() {
        Table t = policy.table();
        Cell m1 = t.sensitive("Aug", 8);
        Cell m2 = t.sensitive("Sep", 9);
        Cell m3 = t.sensitive("Oct", 3);
        Cell pooled = t.sensitive("pooled", 20);
        t.sum(pooled, m1, m2, m3);
        Protection shown = t.protect();
        assertThat(shown.show(m3)).isEqualTo("c");
        assertThat(shown.secondary()).hasSize(1);
        assertThat(shown.recoverable()).isEmpty();
    }

    @Test
    void the_figures_must_add_up() {
        Table t = policy.table();
        Cell a = t.sensitive("a", 2);
        Cell total = t.sensitive("total", 5);
        assertThatThrownBy(() -> t.sum(total, a)).hasMessageContaining("do not add up");
    }

    /** Random two-way tables with margins (some printed, some not, some process totals), 400 seeds each size. */
    @ParameterizedTest(name = "{0} x {0} tables")
    @ValueSource(ints = {2, 3})
    void no_protected_count_of_a_random_table_can_be_worked_out(int size) {
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed * 31 + size);
            Table t = policy.table();
            Cell[][] cells = new Cell[size][size];
            long grand = 0;
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    int v = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                    cells[i][j] = random.nextInt(6) == 0 ? t.unprinted(i + "," + j, v) : t.sensitive(i + "," + j, v);
                    grand += v;
                }
            }
            List<Cell> rowTotals = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                long s = 0;
                List<Cell> parts = new ArrayList<>();
                for (int j = 0; j < size; j++) {
                    s += cells[i][j].value();
                    parts.add(cells[i][j]);
                }
                Cell total = t.sensitive("row" + i, s);
                t.sum(total, parts);
                rowTotals.add(total);
            }
            List<Cell> colTotals = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                long s = 0;
                List<Cell> parts = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    s += cells[i][j].value();
                    parts.add(cells[i][j]);
                }
                Cell total = t.sensitive("col" + j, s);
                t.sum(total, parts);
                colTotals.add(total);
            }
            Cell all = random.nextBoolean() ? t.process("all", grand) : t.sensitive("all", grand);
            t.sum(all, rowTotals).sum(all, colTotals);

            Protection shown = t.protect();
            assertThat(shown.unprotectable()).as("seed %d", seed).isEmpty();
            assertThat(shown.recoverable()).as("seed %d", seed).isEmpty();
            for (Cell c : t.cells()) {
                if (c.printed() && c.kind() == DisclosureControl.Kind.SENSITIVE && policy.primary(c.value())) {
                    assertThat(shown.suppressed(c)).as("seed %d cell %s", seed, c.label()).isTrue();
                }
            }
            if (size == 2 && seed <= 150) {
                assertThat(bruteForceRecoverable(t, shown, size)).as("seed %d", seed).isEmpty();
            }
        }
    }

    /**
     * Every non-negative whole-number 2 x 2 table whose printed figures match: a protected cell is recoverable when it
     * has one value in all of them. Stronger than the linear check: it also uses that counts are not negative.
     * <p>
     * The search meets exactly the tables a plain walk of all four cells over 0..grand total would keep; it only skips
     * early what cannot match: a cell printed as a number takes that number alone, and a row, column or grand total
     * printed as a number cuts the walk as soon as its parts are chosen.
     */
    private Set<String> bruteForceRecoverable(Table t, Protection shown, int size) {
        int[] inner = new int[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                inner[i * size + j] = t.cell(i + "," + j).index();
            }
        }
        List<Set<Long>> seen = new ArrayList<>();
        long[] shownAs = new long[t.cells().size()]; // the printed number, or -1 where the cell is not printed
        for (Cell c : t.cells()) {
            seen.add(new HashSet<>());
            shownAs[c.index()] = c.printed() && !shown.suppressed(c) ? c.value() : -1;
        }
        int row0 = t.cell("row0").index();
        int row1 = t.cell("row1").index();
        int col0 = t.cell("col0").index();
        int col1 = t.cell("col1").index();
        int grand = t.cell("all").index();
        long max = t.cell("all").value(); // no cell exceeds the grand total
        long[] v = new long[4];
        for (v[0] = from(shownAs[inner[0]]); v[0] <= to(shownAs[inner[0]], max); v[0]++) {
            for (v[1] = from(shownAs[inner[1]]); v[1] <= to(shownAs[inner[1]], max); v[1]++) {
                if (!matches(shownAs[row0], v[0] + v[1])) {
                    continue;
                }
                for (v[2] = from(shownAs[inner[2]]); v[2] <= to(shownAs[inner[2]], max); v[2]++) {
                    if (!matches(shownAs[col0], v[0] + v[2])) {
                        continue;
                    }
                    for (v[3] = from(shownAs[inner[3]]); v[3] <= to(shownAs[inner[3]], max); v[3]++) {
                        if (!matches(shownAs[row1], v[2] + v[3]) || !matches(shownAs[col1], v[1] + v[3])
                                || !matches(shownAs[grand], v[0] + v[1] + v[2] + v[3])) {
                            continue;
                        }
                        for (int k = 0; k < 4; k++) {
                            seen.get(inner[k]).add(v[k]);
                        }
                        seen.get(row0).add(v[0] + v[1]);
                        seen.get(row1).add(v[2] + v[3]);
                        seen.get(col0).add(v[0] + v[2]);
                        seen.get(col1).add(v[1] + v[3]);
                        seen.get(grand).add(v[0] + v[1] + v[2] + v[3]);
                    }
                }
            }
        }
        Set<String> recoverable = new HashSet<>();
        for (Cell c : t.cells()) {
            if (c.kind() == DisclosureControl.Kind.SENSITIVE && policy.primary(c.value())
                    && seen.get(c.index()).size() == 1) {
                recoverable.add(c.label() + "=" + c.value());
            }
        }
        return recoverable;
    }

    /** The first value a cell takes in the search: its printed number, or 0. */
    private static long from(long shownAs) {
        return Math.max(shownAs, 0);
    }

    /** The last value a cell takes in the search: its printed number (if within the grand total), or the total. */
    private static long to(long shownAs, long max) {
        return shownAs < 0 ? max : shownAs <= max ? shownAs : -1;
    }

    private static boolean matches(long shownAs, long value) {
        return shownAs < 0 || shownAs == value;
    }
}
