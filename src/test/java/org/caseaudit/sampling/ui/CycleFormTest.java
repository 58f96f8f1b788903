package org.caseaudit.sampling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.SamplingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The editor's form record gives back the details it was filled from, and refuses what it cannot read. */
class CycleFormTest {

    static Stream<CycleDetails> details() {
        FrameDefinition march = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of("North"), List.of(), 6,
                List.of(new FrameDefinition.ReferenceExclusion("CR-1", " sibling")));
        FrameDefinition april = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), List.of(), List.of(), 0, List.of());
        return Stream.of(
                new CycleDetails("March", null, null, LocalDate.of(2026, 5, 29), march,
                        SampleDesign.stratified(new SampleSize.Percentage(BigDecimal.TEN, 10, 40), 5,
                                Allocation.EQUAL, false), 20, true),
                new CycleDetails("April", null, null, null, april,
                        SampleDesign.simpleRandom(new SampleSize.Fixed(12), 3), 0, false),
                new CycleDetails("April systematic", null, null, LocalDate.of(2026, 6, 1), april,
                        SampleDesign.systematic(new SampleSize.Fixed(7), 0), 100, false));
    }

    @ParameterizedTest
    @MethodSource("details")
    void a_form_filled_from_details_gives_them_back(CycleDetails given) {
        assertThat(CycleForm.of(given, List.of()).toDetails()).isEqualTo(given);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CR-9 no comma          | excludedReferences | Line 1: write the reference, a comma, then the reason",
            "CR-1, ok\\n\\nCR-2     | excludedReferences | Line 3: write the reference, a comma, then the reason"})
    void an_exclusion_line_without_a_reason_is_refused_naming_its_line(String text, String field, String message) {
        CycleForm form = CycleForm.of(details().findFirst().orElseThrow(), List.of());
        CycleForm changed = new CycleForm(form.name(), form.template(), form.from(), form.to(), form.due(),
                form.dateField(), form.teams(), form.outcomes(), form.excludeMonths(), text.replace("\\n", "\n"),
                form.method(), form.sizeType(), form.cases(), form.percent(), form.atLeast(), form.atMost(),
                form.reserves(), form.allocation(), form.atLeastOne(), form.moderation(), form.blind());
        assertThatThrownBy(changed::toDetails).isInstanceOf(SamplingException.class).hasMessage(message)
                .extracting(e -> ((SamplingException) e).field()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"Number, SIMPLE_RANDOM"})
    void a_number_of_cases_is_needed_when_the_size_is_a_number(String sizeType, SamplingMethod method) {
        CycleForm form = CycleForm.of(details().skip(1).findFirst().orElseThrow(), List.of());
        CycleForm blank = new CycleForm(form.name(), null, form.from(), form.to(), form.due(), form.dateField(),
                form.teams(), form.outcomes(), null, null, method, sizeType, null, null, null, null, null, null, null,
                null, null);
        assertThatThrownBy(blank::toDetails).hasMessage("Enter the number of cases");
    }
}
