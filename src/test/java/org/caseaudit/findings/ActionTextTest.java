package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The action proposed from a theme: one plain sentence for the issue and one for the action, for the lead to edit. */
class ActionTextTest {

    private static Theme theme(String tag, int files, int audited, String findingText, String suggested,
            int questions) {
        List<Theme.ThemeQuestion> qs = new java.util.ArrayList<>();
        qs.add(new Theme.ThemeQuestion("s47", "q1", "Was the referrer told the outcome?", findingText, suggested, true,
                files, 0, audited));
        for (int i = 1; i < questions; i++) {
            qs.add(new Theme.ThemeQuestion("s47", "q" + (i + 1), "Another question?", "Another finding.", null, false,
                    1, 0, audited));
        }
        return new Theme(tag, Theme.label(tag), files, audited, qs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "communication-with-referrer | 7 | 10 | The referrer was not told the outcome of the referral. | 1 | "
                    + "In 7 of 10 files, the referrer was not told the outcome of the referral.",
            "consent | 10 | 10 | Parental consent was not sought or not recorded at referral. | 3 | "
                    + "In 10 of 10 files, parental consent was not sought or not recorded at referral (with 2 related "
                    + "findings in the same theme).",
            "icpc | 1 | 1 | ICPC not held within 15 working days. | 2 | "
                    + "In 1 of 1 file, ICPC not held within 15 working days (with 1 related finding in the same "
                    + "theme).",
            "chronology | 4 | 10 | '' | 1 | "
                    + "In 4 of 10 files, chronology: \u201cWas the referrer told the outcome\u201d was not met."})
    void the_issue_is_one_plain_sentence_with_its_counts(String tag, int files, int audited, String findingText,
            int questions, String expected) {
        String issue = ActionPlanService.issueOf(theme(tag, files, audited, findingText, null, questions));
        assertThat(issue).isEqualTo(expected).doesNotContain("\n").doesNotContain(": findings in");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Make the consent field   mandatory on the referral form | Make the consent field mandatory on the "
                    + "referral form.",
            "Add a chronology to every file. | Add a chronology to every file.",
            "'' | To be agreed: write what the service will do about consent."})
    void the_action_is_the_first_suggested_action_or_a_prompt(String suggested, String expected) {
        assertThat(ActionPlanService.actionOf(theme("consent", 3, 10, "Consent missing.", suggested.isEmpty() ? null
                : suggested, 2))).isEqualTo(expected);
    }
}
