package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymiserTest {

    private static final byte[] KEY = "a test key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
    private final Anonymiser anonymiser = Anonymiser.withKey(KEY);

    @ParameterizedTest(name = "count {0} prints as {1}")
    @CsvSource({
            "0, 0",
            "1, c",
            "2, c",
            "5, c",
            "6, 6",
            "7, 7",
            "120, 120",
    })
    void counts_from_one_to_five_are_suppressed_as_c(long count, String printed) {
        assertThat(Anonymiser.count(count)).isEqualTo(printed);
        assertThat(Anonymiser.suppressed(count)).isEqualTo("c".equals(printed));
    }

    @ParameterizedTest(name = "{0} of {1} prints as {2}")
    @CsvSource({
            "0, 0, –",
            "0, 10, 0%",
            "3, 10, c",
            "5, 40, c",
            "6, 6, 100%",
            "6, 8, 75%",
            "10, 12, 83%",
            "1, 1, c",
            "0, 4, c",
            "4, 5, c",
            "7, 9, 78%",
            "1, 8, c",
            "9, 18, 50%",
    })
    void a_percentage_is_suppressed_when_its_numerator_or_denominator_is(long numerator, long denominator,
    String printed) {
        assertThat(Anonymiser.percent(numerator, denominator)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} in cycle {1}")
    @CsvSource({
            "CR-000123, 1",
            "CR-000123, 2",
            "CR-000124, 1",
            "  CR-000124 , 7",
            "a, 99999",
    })
    void a_pseudonym_is_C_dash_and_six_readable_characters_and_stable(String reference, long cycle) {
        String pseudonym = anonymiser.pseudonym(cycle, reference);
        assertThat(pseudonym).matches("C-[0-9A-HJKMNP-TV-Z]{6}");
        assertThat(anonymiser.pseudonym(cycle, reference)).isEqualTo(pseudonym);
        assertThat(Anonymiser.withKey(KEY).pseudonym(cycle, reference)).as("same key, same pseudonym")
                .isEqualTo(pseudonym);
        assertThat(pseudonym).doesNotContain(reference.strip());
    }

    @Test
    void the_same_case_has_another_pseudonym_in_another_cycle_and_under_another_key() {
        String first = anonymiser.pseudonym(1, "CR-000123");
        assertThat(anonymiser.pseudonym(2, "CR-000123")).isNotEqualTo(first);
        assertThat(Anonymiser.withKey("another key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8))
                .pseudonym(1, "CR-000123")).isNotEqualTo(first);
        assertThat(anonymiser.pseudonym(1, "CR-000124")).isNotEqualTo(first);
        assertThat(anonymiser.pseudonym(1, " CR-000123 ")).as("surrounding spaces do not matter").isEqualTo(first);
    }

    @Test
    void pseudonyms_of_a_large_sample_are_distinct_with_collisions_lengthened() {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            references.add("CR-" + i);
        }
        Map<String, String> pseudonyms = anonymiser.pseudonyms(3, references);
        assertThat(pseudonyms).hasSize(references.size());
        assertThat(new HashSet<>(pseudonyms.values())).as("all distinct").hasSize(references.size());
        long lengthened = pseudonyms.values().stream().filter(p -> p.length() == 2 + Anonymiser.LONG_LENGTH).count();
        // 50,000 codes in 2^30: about 1 pair expected; each lengthened one still matches the short form's shape
        assertThat(lengthened).isLessThan(20);
        pseudonyms.forEach((reference, pseudonym) -> {
            if (pseudonym.length() == 2 + Anonymiser.SHORT_LENGTH) {
                assertThat(pseudonym).isEqualTo(anonymiser.pseudonym(3, reference));
            }
        });
    }

    @Test
    void a_blank_reference_has_no_pseudonym() {
        assertThatThrownBy(() -> anonymiser.pseudonym(1, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "reviewed={1}")
    @CsvSource(nullValues = "NULL", value = {
            "'Family seen together at home', true, 'Family seen together at home'",
            "'Family seen together at home', false, '" + Anonymiser.TEXT_OMITTED + "'",
            "NULL, false, NULL",
            "'  ', true, NULL",
    })
    void free_text_is_printed_only_when_reviewed(String text, boolean reviewed, String printed) {
        assertThat(Anonymiser.freeText(text, reviewed)).isEqualTo(printed);
    }

    @Test
    void the_cover_statement_names_each_rule() {
        // the small-number rule is the disclosure-control policy's, printed beside this statement on the cover
        assertThat(Anonymiser.STATEMENT).contains("pseudonyms").contains("no names")
                .contains("disclosure-control statement");
        assertThat(new org.caseaudit.findings.DisclosureControl(5).statement()).contains("from 1 to 5")
                .contains("\"c\"").contains("secondary suppression");
    }
}
