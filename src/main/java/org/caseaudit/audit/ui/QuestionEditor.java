package org.caseaudit.audit.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caseaudit.audit.AnswerConflictException;
import org.caseaudit.audit.AnswerHistoryEntry;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;

/**
 * One question: the answer control for its scale, guidance on demand, the derived proposal with confirm or
 * override-with-reason, evidence note and "where in the file". Every change is saved at once (autosave); a clash with
 * another save is shown plainly and nothing the user typed is thrown away.
 */
class QuestionEditor extends VerticalLayout {

    private final long auditId;
    private final QuestionDefinition question;
    private final AuditService service;
    private final Consumer<AnswerState> onSaved;
    private final HasValue<?, ?> answer;
    private final TextArea note = new TextArea("Evidence note");
    private final TextField fileReference = new TextField("Where in the file");
    private final TextField overrideReason = new TextField("Reason for not using the proposed answer");
    private final Span derivedStatus = new Span();
    private final Span saved = new Span();
    private final Div conflict = new Div();
    private AnswerState state;
    private boolean loading;

    QuestionEditor(long auditId, QuestionDefinition question, AnswerState state, AuditService service,
            boolean editable, Consumer<AnswerState> onSaved) {
        this.auditId = auditId;
        this.question = question;
        this.service = service;
        this.onSaved = onSaved;
        this.state = state;
        String id = question.id();
        setId("question-" + id);
        addClassName("audit-question");
        setPadding(false);
        setSpacing(false);
        H4 text = new H4(question.text());
        text.setId("question-text-" + id);
        add(text);

        answer = answerControl(question.scale(), id);
        add((com.vaadin.flow.component.Component) answer);

        if (question.guidance() != null || !question.references().isEmpty()) {
            VerticalLayout guidance = new VerticalLayout();
            guidance.setPadding(false);
            if (question.guidance() != null) {
                guidance.add(new Paragraph(question.guidance()));
            }
            if (!question.references().isEmpty()) {
                UnorderedList refs = new UnorderedList();
                question.references().stream().map(ListItem::new).forEach(refs::add);
                guidance.add(refs);
            }
            Details details = new Details("Guidance", guidance);
            details.setId("guidance-" + id);
            add(details);
        }

        if (state.derivation() != null) {
            Div derived = new Div();
            derived.setId("derived-" + id);
            derived.addClassName("derived-answer");
            Span proposal = new Span(state.derivedValue() == null ? "No answer can be proposed from the case data"
                    : "Proposed from the case data: " + display(state.derivedValue()));
            proposal.setId("proposal-" + id);
            proposal.getStyle().set("font-weight", "600");
            Paragraph provenance = new Paragraph(state.derivedProvenance());
            provenance.setId("provenance-" + id);
            provenance.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            Button confirm = new Button("Use the proposed answer", e -> confirmDerived());
            confirm.setId("confirm-" + id);
            confirm.addThemeVariants(ButtonVariant.SMALL);
            confirm.setVisible(editable && state.derivedValue() != null);
            derivedStatus.setId("derived-status-" + id);
            overrideReason.setId("override-reason-" + id);
            overrideReason.setWidthFull();
            overrideReason.setValueChangeMode(ValueChangeMode.LAZY);
            overrideReason.setValueChangeTimeout(1500);
            derived.add(proposal, provenance, new HorizontalLayout(confirm, derivedStatus), overrideReason);
            derived.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "0.5em");
            add(derived);
        }

        note.setId("note-" + id);
        note.setWidthFull();
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeTimeout(1500);
        fileReference.setId("file-ref-" + id);
        fileReference.setWidthFull();
        fileReference.setHelperText(
                "A reference to the record in the case system (e.g. its date and type), not a copy");
        fileReference.setValueChangeMode(ValueChangeMode.LAZY);
        fileReference.setValueChangeTimeout(1500);
        saved.setId("saved-" + id);
        saved.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        conflict.setId("conflict-" + id);
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        conflict.getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "0.5em");
        Button history = new Button("History", e -> openHistory());
        history.setId("history-" + id);
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        history.getElement().setAttribute("aria-label", "History of this answer");
        HorizontalLayout savedLine = new HorizontalLayout(saved, history);
        savedLine.setAlignItems(Alignment.BASELINE);
        add(note, fileReference, savedLine, conflict);

        show(state);
        setEditable(editable);
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {answer, note, fileReference, overrideReason}) {
            field.addValueChangeListener(e -> {
                if (!loading && e instanceof AbstractField.ComponentValueChangeEvent<?, ?> ce && ce.isFromClient()) {
                    save();
                }
            });
        }
    }

    String questionId() {
        return question.id();
    }

    AnswerState state() {
        return state;
    }

    /** Whether a save clash is shown (with the user's unsaved text), not yet resolved. */
    boolean showsConflict() {
        return conflict.isVisible();
    }

    void focusAnswer() {
        if (answer instanceof com.vaadin.flow.component.Focusable<?> f) {
            f.focus();
        }
    }

    private static HasValue<?, ?> answerControl(AnswerScale scale, String id) {
        HasValue<?, ?> field = switch (scale) {
            case DATE -> {
                DatePicker date = new DatePicker("Answer");
                date.setLocale(Formats.LOCALE);
                yield date;
            }
            case NUMBER -> new IntegerField("Answer");
            case FREE_TEXT -> {
                TextArea text = new TextArea("Answer");
                text.setWidthFull();
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(1500);
                yield text;
            }
            default -> {
                RadioButtonGroup<String> options = new RadioButtonGroup<>("Answer");
                options.setItems(scale.options());
                yield options;
            }
        };
        ((com.vaadin.flow.component.Component) field).setId("answer-" + id);
        return field;
    }

    private String answerText() {
        Object v = answer.getValue();
        return switch (v) {
            case null -> null;
            case LocalDate d -> d.toString();
            case Integer i -> i.toString();
            case String s -> s.isBlank() ? null : s;
            default -> v.toString();
        };
    }

    @SuppressWarnings("unchecked")
    private void setAnswer(String value) {
        switch (answer) {
            case DatePicker d -> d.setValue(value == null ? null : LocalDate.parse(value));
            case IntegerField i -> i.setValue(value == null ? null : Integer.valueOf(value));
            case TextArea t -> t.setValue(value == null ? "" : value);
            default -> ((HasValue<?, String>) answer).setValue(value);
        }
    }

    private void confirmDerived() {
        loading = true;
        try {
            setAnswer(state.derivedValue());
        } finally {
            loading = false;
        }
        save();
    }

    void save() {
        AnswerInput input = new AnswerInput(question.id(), answerText(), note.getValue(), fileReference.getValue(),
                overrideReason.getValue(), state.version());
        try {
            AnswerState after = service.saveAnswer(auditId, input);
            state = after;
            conflict.setVisible(false);
            saved.setText("Saved " + (after.updatedAt() == null ? "" : Formats.dateTime(after.updatedAt())));
            refreshHints();
            onSaved.accept(after);
        } catch (AnswerConflictException e) {
            AnswerState theirs = e.current() != null ? e.current() : service.answer(auditId, question.id());
            showConflict(input, theirs);
        } catch (AuditStateException e) {
            saved.setText("Not saved: " + e.getMessage());
        }
    }

    private void showConflict(AnswerInput mine, AnswerState theirs) {
        conflict.removeAll();
        conflict.setVisible(true);
        saved.setText("Not saved");
        Paragraph what = new Paragraph("Not saved: " + (theirs.updatedBy() == null ? "someone" : theirs.updatedBy())
                + " changed this answer" + (theirs.updatedAt() == null ? "" : " at " + Formats.dateTime(
                theirs.updatedAt()))
                + " while you were typing. It now reads: answer " + display(theirs.value())
                + (Objects.equals(theirs.evidenceNote(), mine.evidenceNote()) ? "" : "; note \u201c"
                        + Objects.requireNonNullElse(theirs.evidenceNote(), "") + "\u201d") + ".");
        what.setId("conflict-message-" + question.id());
        TextArea yours = new TextArea("Your text (not saved, kept here)");
        yours.setId("conflict-mine-" + question.id());
        yours.setReadOnly(true);
        yours.setWidthFull();
        yours.setValue("Answer: " + display(mine.value()) + "\nNote: " + Objects.requireNonNullElse(
                mine.evidenceNote(), "")
                + "\nWhere in the file: " + Objects.requireNonNullElse(mine.fileReference(), ""));
        Button reload = new Button("Load their version", e -> {
            state = theirs;
            show(theirs);
            saved.setText("Loaded the latest version; your text is still shown above");
        });
        reload.setId("conflict-reload-" + question.id());
        Button keepMine = new Button("Save mine over theirs", e -> {
            state = theirs;
            save();
        });
        keepMine.setId("conflict-keep-mine-" + question.id());
        conflict.add(what, yours, new HorizontalLayout(reload, keepMine));
    }

    /** Every committed version of this answer, newest first: who, when, and the answer as it then stood. */
    private void openHistory() {
        List<AnswerHistoryEntry> versions = new ArrayList<>(service.history(auditId, question.id()));
        Collections.reverse(versions);
        Grid<AnswerHistoryEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(AnswerHistoryEntry::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.dateTime(v.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.by() == null ? "" : v.by()).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> "created".equals(v.change()) ? "Created, not answered"
                : Objects.requireNonNullElse(v.value(), "(cleared)")).setHeader("Answer").setAutoWidth(true);
        grid.addColumn(v -> Objects.requireNonNullElse(v.evidenceNote(), "")).setHeader("Evidence note").setFlexGrow(2);
        grid.addColumn(v -> Objects.requireNonNullElse(v.fileReference(), "")).setHeader("Where in the file");
        grid.addColumn(v -> Objects.requireNonNullElse(v.overrideReason(), "")).setHeader("Override reason");
        grid.setItems(versions);
        grid.setAllRowsVisible(versions.size() <= 12);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("History: " + question.text());
        dialog.setWidth("min(90vw, 1100px)");
        long changes = versions.stream().filter(v -> !"created".equals(v.change())).count();
        Paragraph summary = new Paragraph(versions.isEmpty() ? "Not started yet: nothing has been saved for this audit."
                : changes == 0 ? "Not changed since the audit started."
                : changes + " saved change" + (changes == 1 ? "" : "s") + ", newest first.");
        summary.setId("history-summary");
        dialog.add(summary);
        if (!versions.isEmpty()) {
            dialog.add(grid);
        }
        Button close = new Button("Close", e -> dialog.close());
        close.setId("history-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void show(AnswerState s) {
        loading = true;
        try {
            setAnswer(s.value());
            note.setValue(Objects.requireNonNullElse(s.evidenceNote(), ""));
            fileReference.setValue(Objects.requireNonNullElse(s.fileReference(), ""));
            overrideReason.setValue(Objects.requireNonNullElse(s.overrideReason(), ""));
            if (s.updatedAt() != null) {
                saved.setText("Saved " + Formats.dateTime(s.updatedAt()) + " by " + s.updatedBy());
            }
        } finally {
            loading = false;
        }
        refreshHints();
    }

    private void refreshHints() {
        String value = answerText();
        boolean noteNeeded = question.evidenceRequiredWhenNonCompliant() && value != null
                && question.scale().nonCompliantOptions().contains(value);
        note.setLabel(noteNeeded ? "Evidence note (required for this answer)" : "Evidence note");
        note.setRequiredIndicatorVisible(noteNeeded);
        if (state.derivation() != null) {
            boolean overridden = state.derivedValue() != null && value != null && !state.derivedValue().equals(value);
            overrideReason.setVisible(overridden || !overrideReason.isEmpty());
            overrideReason.setRequiredIndicatorVisible(overridden);
            // the reason as typed (saved as it changes), so a reason loaded with the answer counts too
            boolean reasonGiven = !overrideReason.getValue().isBlank();
            derivedStatus.setText(value == null ? "Not answered yet"
                    : state.derivedValue() == null ? "Answered by the auditor"
                    : overridden ? (reasonGiven ? "Overridden, with the reason below" : "Overridden: give a reason")
                    : "Confirmed");
        }
    }

    void setEditable(boolean editable) {
        answer.setReadOnly(!editable);
        note.setReadOnly(!editable);
        fileReference.setReadOnly(!editable);
        overrideReason.setReadOnly(!editable);
    }

    private static String display(String value) {
        return value == null ? "none" : "\u201c" + value + "\u201d";
    }
}
