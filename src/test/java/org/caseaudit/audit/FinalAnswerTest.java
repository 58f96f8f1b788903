package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The final-answer rule shared by committee figures, the moderation comparison and the team's feedback. */
class FinalAnswerTest {

    @ParameterizedTest(name = "auditor {0}, agreed {1} ({2}) -> final {3}, changed {4}")
    @CsvSource(nullValues = "null", value = {
            // auditor, agreed?, agreed value, final, changed by moderation
            "Yes,  false, null, Yes,  false",   // not moderated, or moderated in agreement: the auditor's answer
            "null, false, null, null, false",   // not answered and nothing agreed
            "Yes,  true,  No,   No,   true",    // moderation agreed a different answer
            "Yes,  true,  Yes,  Yes,  false",   // agreed the auditor's own answer, with a reason
            "Yes,  true,  null, null, true",    // agreed that there is no answer: the final answer is none
            "null, true,  No,   No,   true",    // the auditor left it blank; moderation agreed one
    })
    void the_agreed_answer_wins_where_there_is_one_even_when_it_is_none(String auditor, boolean agreed,
            String agreedValue, String expected, boolean changed) {
        assertThat(FinalAnswer.of(auditor, agreed, agreedValue)).isEqualTo(expected);
        assertThat(FinalAnswer.changed(auditor, agreed, agreedValue)).isEqualTo(changed);
    }
}
