package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.AnswerHistoryEntry;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDITOR")
class AuditViewsTest extends SpringBrowserlessTest {

    private static final int CONTACT_SECTION = 0;
    private static final int CONDUCT_SECTION = 3;

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;

    private void openWorkspace(long id) {
        UI.getCurrent().navigate(AuditWorkspaceView.class, AuditWorkspaceView.params(id));
        assertThat(getCurrentView()).isInstanceOf(AuditWorkspaceView.class);
    }

    private void section(int index) {
        test($(Tabs.class).id("section-tabs")).select(index);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> answer(String questionId) {
        return $(RadioButtonGroup.class).id("answer-" + questionId);
    }

    @Test
    void a_link_naming_cycle_case_and_task_opens_the_users_own_audit() {
        long cycle = support.newCycle();
        long id = support.assign(cycle, "auditor", null);
        AuditSummary mine = audits.myAudits().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        long caseId = mine.caseId();

        UI.getCurrent().navigate(AuditWorkspaceView.class, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("cycle", String.valueOf(cycle), "case", String.valueOf(caseId), "task", "AUDIT")));

        assertThat($(com.vaadin.flow.component.html.H2.class).id("audit-title").getText()).endsWith(
                mine.caseReference());
        UI.getCurrent().navigate(AuditWorkspaceView.class, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("cycle", String.valueOf(cycle), "case", String.valueOf(caseId), "task",
                "MODERATION")));
        assertThat($(Paragraph.class).id("audit-refused").getText()).startsWith("No audit of yours");
    }

    @Test
    void answering_saves_at_once_shows_case_facts_and_timescales_and_asks_for_a_note_when_non_compliant() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);

        assertThat($(Span.class).id("fact-icpcDate").getText()).isEqualTo("26/03/2026");
        assertThat($(Grid.class).id("timescales-grid").getGenericDataView().getItems().count()).isPositive();
        assertThat($(Span.class).id("audit-progress-text").getText()).startsWith("0 of ");
        section(CONTACT_SECTION);

        test(answer("response-timely")).selectItem("Partly");

        assertThat(as("auditor", () -> audits.answer(id, "response-timely"), Roles.AUDITOR).value())
                .isEqualTo("Partly");
        assertThat($(Span.class).id("audit-progress-text").getText()).startsWith("1 of ");
        TextArea note = $(TextArea.class).id("note-response-timely");
        assertThat(note.getLabel()).isEqualTo("Evidence note (required for this answer)");
        test(note).setValue("Visit 3 days after the strategy discussion");
        assertThat(as("auditor", () -> audits.answer(id, "response-timely"), Roles.AUDITOR).evidenceNote())
                .isEqualTo("Visit 3 days after the strategy discussion");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_history_of_an_answer_lists_every_saved_version_newest_first_with_who_and_when() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);
        section(CONTACT_SECTION);
        test(answer("response-timely")).selectItem("Partly");
        test($(TextArea.class).id("note-response-timely")).setValue("Visit 3 days late");
        test(answer("response-timely")).selectItem("Yes");

        test($(Button.class).id("history-response-timely")).click();

        Grid<AnswerHistoryEntry> grid = $(Grid.class).id("history-grid");
        assertThat(grid.getGenericDataView().getItems().toList())
                .extracting(AnswerHistoryEntry::version, AnswerHistoryEntry::by, AnswerHistoryEntry::value,
                        AnswerHistoryEntry::evidenceNote)
                .containsExactly(tuple(3L, "auditor", "Yes", "Visit 3 days late"),
                        tuple(2L, "auditor", "Partly", "Visit 3 days late"),
                        tuple(1L, "auditor", "Partly", null),
                        tuple(0L, null, null, null));
        assertThat(test(grid).getCellText(0, 1)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(test(grid).getCellText(3, 3)).isEqualTo("Created, not answered");
        test($(Button.class).id("history-close")).click();
        assertThat($(Grid.class).withId("history-grid").exists()).isFalse();
    }

    @Test
    void a_derived_answer_shows_its_provenance_and_an_override_asks_for_a_reason_that_is_kept() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);
        section(CONDUCT_SECTION);

        assertThat($(Span.class).id("proposal-icpc-within-15-days").getText()).isEqualTo(
                "Proposed from the case data: \u201cNo\u201d");
        assertThat($(Paragraph.class).id("provenance-icpc-within-15-days").getText()).contains("23/03/2026");

        test(answer("icpc-within-15-days")).selectItem("Yes");
        assertThat($(Span.class).id("derived-status-icpc-within-15-days").getText()).isEqualTo(
                "Overridden: give a reason");
        TextField reason = $(TextField.class).id("override-reason-icpc-within-15-days");
        assertThat(reason.isVisible()).isTrue();
        test(reason).setValue("ICPC date in the register is the minutes date; the conference sat on 20/03");

        AnswerState saved = as("auditor", () -> audits.answer(id, "icpc-within-15-days"), Roles.AUDITOR);
        assertThat(saved.value()).isEqualTo("Yes");
        assertThat(saved.overridesDerived()).isTrue();
        assertThat(saved.overrideReason()).startsWith("ICPC date in the register");

        test($(Button.class).id("confirm-icpc-within-15-days")).click();
        assertThat($(Span.class).id("derived-status-icpc-within-15-days").getText()).isEqualTo("Confirmed");
        assertThat(as("auditor", () -> audits.answer(id, "icpc-within-15-days"), Roles.AUDITOR).value())
                .isEqualTo("No");
    }

    private void submitAndConfirm() {
        test($(Button.class).id("submit-audit")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("submit-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();
    }

    @Test
    void submit_asks_first_and_a_refusal_lists_the_problems_at_the_top_with_links_to_each_question() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);

        test($(Button.class).id("submit-audit")).click();
        test($(ConfirmDialog.class).id("submit-confirm")).cancel();
        assertThat($(Div.class).withId("submit-problems").exists()).as("cancelled: nothing tried").isFalse();
        submitAndConfirm();

        Div problems = $(Div.class).id("submit-problems");
        assertThat(problems.getElement().getTextRecursively()).startsWith("Not submitted: ")
                .contains("no answer").contains("Overall grade: not given");
        // at the top: before the case facts and the checklist
        var page = problems.getParent().orElseThrow();
        assertThat(page.getElement().indexOfChild(problems.getElement()))
                .isLessThan(page.getElement().indexOfChild($(VerticalLayout.class).id("checklist").getParent()
                        .orElseThrow().getElement()));
        UnorderedList missing = $(UnorderedList.class).id("submit-missing");
        Button toConduct = missing.getChildren().map(li -> (Button) li.getChildren().findFirst().orElseThrow())
                .filter(b -> b.getText().contains("within 15 working days of the strategy discussion")).findFirst()
                .orElseThrow();
        test(toConduct).click();
        assertThat($(Tabs.class).id("section-tabs").getSelectedIndex()).isEqualTo(CONDUCT_SECTION);
        Button toGrade = missing.getChildren().map(li -> (Button) li.getChildren().findFirst().orElseThrow())
                .filter(b -> b.getText().startsWith("Overall grade")).findFirst().orElseThrow();
        test(toGrade).click();
        assertThat($(RadioButtonGroup.class).withId("overall-grade").exists()).isTrue();
        assertThat(as("lead", () -> audits.stage(id), Roles.AUDIT_LEAD).status()).isEqualTo(AuditStatus.NOT_STARTED);

        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        openWorkspace(id);
        submitAndConfirm();

        assertThat($(Paragraph.class).id("read-only-banner").getText()).contains("read-only");
        assertThat($(Button.class).withId("submit-audit").exists()).isFalse();
        section(CONTACT_SECTION);
        assertThat(answer("response-timely").isReadOnly()).isTrue();
        assertThat(test(answer("response-timely")).isUsable()).isFalse();
    }

    @Test
    void an_override_reason_saved_is_shown_as_given_after_the_page_is_opened_again() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);
        section(CONDUCT_SECTION);
        test(answer("icpc-within-15-days")).selectItem("Yes");
        assertThat($(Span.class).id("derived-status-icpc-within-15-days").getText()).isEqualTo(
                "Overridden: give a reason");
        test($(TextField.class).id("override-reason-icpc-within-15-days")).setValue("Conference sat on 20/03");
        assertThat($(Span.class).id("derived-status-icpc-within-15-days").getText())
                .isEqualTo("Overridden, with the reason below");

        openWorkspace(id);
        section(CONDUCT_SECTION);

        assertThat($(TextField.class).id("override-reason-icpc-within-15-days").getValue())
                .isEqualTo("Conference sat on 20/03");
        assertThat($(Span.class).id("derived-status-icpc-within-15-days").getText())
                .isEqualTo("Overridden, with the reason below");
    }

    @Test
    void only_the_section_in_view_has_editors_and_a_section_shown_again_has_its_saved_answers_and_any_clash() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);
        section(CONTACT_SECTION);
        test(answer("response-timely")).selectItem("Partly");
        test($(TextArea.class).id("note-response-timely")).setValue("Visit 3 days late");
        // a clash on a second question of the same section, left unresolved
        AnswerState before = as("auditor", () -> audits.answer(id, "acknowledgement-to-referrer"), Roles.AUDITOR);
        asRun("auditor", () -> audits.saveAnswer(id, new AnswerInput("acknowledgement-to-referrer", "No",
                "Saved elsewhere",
                null, null, before.version())), Roles.AUDITOR);
        test($(TextArea.class).id("note-acknowledgement-to-referrer")).setValue("My unsaved note");
        assertThat($(Div.class).id("conflict-acknowledgement-to-referrer").isVisible()).isTrue();
        QuestionEditor answeredEditor = $(QuestionEditor.class).id("question-response-timely");
        QuestionEditor clashEditor = $(QuestionEditor.class).id("question-acknowledgement-to-referrer");

        section(CONDUCT_SECTION);

        assertThat($(RadioButtonGroup.class).withId("answer-response-timely").exists()).isFalse();
        assertThat($(RadioButtonGroup.class).withId("answer-icpc-within-15-days").exists()).isTrue();
        // the clashing answer counts once its version is loaded; the one saved here counts already
        assertThat($(Span.class).id("audit-progress-text").getText()).startsWith("1 of ");

        section(CONTACT_SECTION);

        assertThat(answer("response-timely").getValue()).isEqualTo("Partly");
        assertThat($(TextArea.class).id("note-response-timely").getValue()).isEqualTo("Visit 3 days late");
        assertThat($(Div.class).id("conflict-acknowledgement-to-referrer").isVisible()).isTrue();
        assertThat($(TextArea.class).id("conflict-mine-acknowledgement-to-referrer").getValue()).contains(
                "My unsaved note");
        assertThat($(RadioButtonGroup.class).withId("answer-icpc-within-15-days").exists()).isFalse();
        // the editor of a saved answer was let go and built again; the one showing the clash was kept
        assertThat($(QuestionEditor.class).id("question-response-timely")).isNotSameAs(answeredEditor);
        assertThat($(QuestionEditor.class).id("question-acknowledgement-to-referrer")).isSameAs(clashEditor);
    }

    @Test
    void a_clash_with_another_save_is_told_plainly_and_the_typed_text_is_kept_on_reload() {
        long id = support.assign(support.newCycle(), "auditor", null);
        openWorkspace(id);
        section(CONTACT_SECTION);
        // another tab's save is the audit's first answer: it starts the audit and moves the answer past version 0
        asRun("auditor", () -> audits.saveAnswer(id, new AnswerInput("response-timely", "Yes", "Saved in another tab",
                null, null, 0)), Roles.AUDITOR);

        test($(TextArea.class).id("note-response-timely")).setValue("My careful note");

        Div conflict = $(Div.class).id("conflict-response-timely");
        assertThat(conflict.isVisible()).isTrue();
        assertThat($(Paragraph.class).id("conflict-message-response-timely").getText())
                .contains("auditor changed this answer").contains("\u201cYes\u201d").contains("Saved in another tab");
        test($(Button.class).id("conflict-reload-response-timely")).click();

        assertThat(answer("response-timely").getValue()).isEqualTo("Yes");
        assertThat($(TextArea.class).id("note-response-timely").getValue()).isEqualTo("Saved in another tab");
        assertThat($(TextArea.class).id("conflict-mine-response-timely").getValue()).contains("My careful note");
        assertThat(as("auditor", () -> audits.answer(id, "response-timely"), Roles.AUDITOR).evidenceNote())
                .isEqualTo("Saved in another tab");
    }

    @Test
    @WithMockUser(username = "moderator", roles = {"MODERATOR", "AUDITOR"})
    void blind_moderation_shows_the_auditors_answers_only_after_the_moderator_submits() {
        long cycle = support.newCycle();
        long id = support.assign(cycle, "auditor", "moderator");
        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(id), Roles.AUDITOR);
        long moderationId = audits.myAudits().stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == id).findFirst().orElseThrow().id();

        UI.getCurrent().navigate(ModerationView.class, AuditWorkspaceView.params(id));
        assertThat($(Paragraph.class).id("moderation-refused").getText()).contains("blind");
        openWorkspace(moderationId);
        assertThat($(Button.class).withId("open-moderation").exists()).isFalse();

        support.answerAll(moderationId, "moderator", "Partly", "Requires improvement to be good", Roles.MODERATOR);
        asRun("moderator", () -> audits.submit(moderationId), Roles.MODERATOR);
        openWorkspace(moderationId);
        test($(Button.class).id("open-moderation")).click();

        assertThat(getCurrentView()).isInstanceOf(ModerationView.class);
        assertThat($(com.vaadin.flow.component.html.NativeTable.class).id("comparison-table").getBody()
                .getComponentCount()).isPositive();
        assertThat($(Paragraph.class).id("moderation-summary").getText()).contains("blind moderation");
        assertThat($(Button.class).id("complete-moderation").isEnabled()).isFalse();
    }
}
