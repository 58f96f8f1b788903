package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerChangeTest {

    private static final AnswerState STORED = new AnswerState("q1", "Yes", null, "Case notes", null,
            null, null, null, 3,
            "auditor", Instant.parse("2026-03-02T10:00:00Z"));

    @ParameterizedTest(name = "[{index}] value={0} note={1} file={2} reason={3} -> changes={4}")
    @CsvSource(nullValues = "null", value = {
            // the same answer, blank text standing for none, is no change
            "Yes,      null,          Case notes, null, false",
            "Yes,      '  ',          Case notes, '',   false",
            // any field that differs is
            "No,       null,          Case notes, null, true",
            "Yes,      A note,        Case notes, null, true",
            "Yes,      null,          null,       null, true",
            "Yes,      null,          Case notes, why,  true",
            // clearing the answer is a change
            "null,     null,          Case notes, null, true",
    })
    void a_save_changes_the_answer_only_when_it_carries_something_new(String value, String note, String file,
            String reason, boolean changes) {
        AnswerChange change = AnswerChange.of(new AnswerInput("q1", value, note, file, reason, 3));

        assertThat(change.changes(STORED)).isEqualTo(changes);
    }

    @ParameterizedTest
    @CsvSource(value = {"' '", "''", "'\t'"})
    void blank_text_is_stored_as_no_text(String blank) {
        AnswerChange change = AnswerChange.of(new AnswerInput("q1", "Yes", blank, blank, blank, 0));

        assertThat(change.evidenceNote()).isNull();
        assertThat(change.fileReference()).isNull();
        assertThat(change.overrideReason()).isNull();
    }
}
