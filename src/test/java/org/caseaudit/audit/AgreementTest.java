package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples from the literature, for 2x2 tables of (first rater, second rater) counts: yes/yes, yes/no,
 * no/yes, no/no.
 * <ul>
 * <li>Cohen (1960) style textbook table 20/5/10/15 (n = 50): po = 0.70, pe = 0.50, kappa = 0.40 (as in most
 * introductions to kappa, e.g. the Wikipedia article "Cohen's kappa", worked example 1); AC1 = 0.4059 computed with
 * Gwet's formula pe = sum pi_k (1 - pi_k) / (Q - 1).</li>
 * <li>Feinstein and Cicchetti (1990), J Clin Epidemiol 43:543-549, the "high agreement, low kappa" paradox table
 * 118/5/2/0 (n = 125): po = 0.944, kappa = -0.023; Gwet (2008), Br J Math Stat Psychol 61:29-48, proposes AC1 for
 * exactly this case: AC1 = 0.941.</li>
 * <li>A hand-computed table with balanced marginals, 40/9/6/45 (n = 100): po = 0.85, pe(kappa) = 0.5008,
 * kappa = 0.6995; pe(AC1) = 0.49875, AC1 = 0.7008. With balanced marginals the two statistics agree, as Wongpakaran
 * et al. (2013), BMC Med Res Methodol 13:61, observe.</li>
 * </ul>
 */
class AgreementTest {

    private static List<Agreement.Pair> table(int yesYes, int yesNo, int noYes, int noNo) {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, yesYes, "yes", "yes");
        add(pairs, yesNo, "yes", "no");
        add(pairs, noYes, "no", "yes");
        add(pairs, noNo, "no", "no");
        return pairs;
    }

    private static void add(List<Agreement.Pair> pairs, int count, String first, String second) {
        for (int i = 0; i < count; i++) {
            pairs.add(new Agreement.Pair(first, second));
        }
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}: po {4}, kappa {5}, AC1 {6}")
    @CsvSource(textBlock = """
            20, 5, 10, 15, 0.700,  0.4000, 0.4059
            118, 5, 2, 0,  0.944, -0.0234, 0.9408
            40, 9, 6, 45,  0.850,  0.6995, 0.7008
            10, 0, 0, 10,  1.000,  1.0000, 1.0000
            0, 10, 10, 0,  0.000, -1.0000, -1.0000
            """)
    void two_category_examples_match_the_published_values(int yy, int yn, int ny, int nn, double po, double kappa,
                                                           double ac1) {
        Agreement agreement = Agreement.of(table(yy, yn, ny, nn), List.of("yes", "no"));
        assertThat(agreement.items()).isEqualTo(yy + yn + ny + nn);
        assertThat(agreement.observed()).isCloseTo(po, within(0.0001));
        assertThat(agreement.cohensKappa()).isCloseTo(kappa, within(0.0001));
        assertThat(agreement.gwetsAc1()).isCloseTo(ac1, within(0.0001));
    }

    @org.junit.jupiter.api.Test
    void when_both_raters_always_say_yes_kappa_is_undefined_but_ac1_shows_full_agreement() {
        Agreement agreement = Agreement.of(table(12, 0, 0, 0), List.of("yes", "no", "not applicable"));
        assertThat(agreement.percentAgreement()).isEqualTo(100.0);
        assertThat(agreement.cohensKappa()).isNaN();
        assertThat(agreement.gwetsAc1()).isEqualTo(1.0);
    }

    @org.junit.jupiter.api.Test
    void three_categories_hand_computed() {
        // 10 items: (yes,yes)x4, (no,no)x3, (na,na)x1, (yes,no)x1, (no,na)x1.
        // po = 0.8; rater 1: yes .5 no .4 na .1; rater 2: yes .4 no .4 na .2
        // kappa pe = .2 + .16 + .02 = .38 -> kappa = .42/.62 = 0.677419
        // pi: yes .45 no .4 na .15; sum pi(1-pi) = .2475 + .24 + .1275 = .615; pe = .615/2 = .3075
        // AC1 = (.8 - .3075)/(1 - .3075) = .4925/.6925 = 0.711191
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, 4, "yes", "yes");
        add(pairs, 3, "no", "no");
        add(pairs, 1, "na", "na");
        add(pairs, 1, "yes", "no");
        add(pairs, 1, "no", "na");
        Agreement agreement = Agreement.of(pairs, List.of("yes", "no", "na"));
        assertThat(agreement.cohensKappa()).isCloseTo(0.677419, within(0.000001));
        assertThat(agreement.gwetsAc1()).isCloseTo(0.711191, within(0.000001));
    }

    @org.junit.jupiter.api.Test
    void no_items_give_no_statistics_and_ratings_outside_the_scale_are_refused() {
        assertThat(Agreement.of(List.of(), List.of("yes", "no")).observed()).isNaN();
        assertThatThrownBy(() -> Agreement.of(List.of(new Agreement.Pair("yes", "maybe")), List.of("yes", "no")))
                .hasMessageContaining("maybe");
    }
}
