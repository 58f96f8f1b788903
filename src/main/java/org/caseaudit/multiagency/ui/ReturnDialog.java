package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.springframework.dao.OptimisticLockingFailureException;
import org.caseaudit.shared.ui.Notifications;

/** One agency return: answered by its agency's co-ordinator (autosaved as a draft, then submitted), read by others. */
class ReturnDialog extends Dialog {

    static final String STALE = Notifications.concurrentChangeText("this return",
            "close it and open it again to see their answers (yours are not saved)");

    private final Map<String, Supplier<String>> fields = new LinkedHashMap<>();
    private final Span saved = new Span();
    private final MultiAgencyService service;
    private final long returnId;
    private long version;
    private boolean autosave;

    ReturnDialog(MultiAgencyService service, AgencyReturn ret, boolean editable, Runnable afterSave) {
        this.service = service;
        this.returnId = ret.id();
        this.version = ret.version();
        setHeaderTitle(ret.agency().name() + " · " + ret.child().label()
                + (ret.child().childReference() == null ? "" : " (" + ret.child().childReference() + ")")
                + (ret.child().dateOfBirth() == null ? "" : ", born " + ret.child().dateOfBirth()
                        .format(org.caseaudit.shared.ui.Formats.DATE)));
        setWidth("min(900px, 100vw)");
        VerticalLayout body = new VerticalLayout();
        boolean canEdit = editable && !ret.status().name().equals("SUBMITTED");
        for (SectionDefinition section : service.template(ret.agency().kind()).sections()) {
            body.add(new H4(section.title()));
            for (QuestionDefinition q : section.questions()) {
                body.add(field(q, ret.answers(), canEdit));
            }
        }
        add(body);
        saved.setId("ma-return-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterSave.run();
            }
        });
        Button close = new Button("Close", e -> close());
        if (canEdit) {
            autosave = true;
            Button save = new Button("Save draft", e -> save());
            save.setId("ma-return-save");
            Button submit = new Button("Submit the return", e -> {
                try {
                    service.submitReturn(ret.id(), version, answers());
                    Notifications.success("Return submitted");
                    close();
                } catch (MultiAgencyException ex) {
                    Notifications.error(ex.getMessage());
                } catch (OptimisticLockingFailureException ex) {
                    Notifications.error(STALE);
                }
            });
            submit.setId("ma-return-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(saved, close, save, submit);
        } else {
            getFooter().add(close);
        }
    }

    private Component field(QuestionDefinition q, Map<String, String> answers, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (q.scale().options().isEmpty()) {
            TextArea text = new TextArea(q.text());
            text.setId("ma-q-" + q.id());
            text.setWidthFull();
            text.setValue(answers.getOrDefault(q.id(), ""));
            text.setReadOnly(!editable);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(1500);
            text.addValueChangeListener(e -> changed(e.isFromClient()));
            fields.put(q.id(), text::getValue);
            box.add(text);
        } else {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(q.text());
            choice.setId("ma-q-" + q.id());
            choice.setItems(q.scale().options());
            choice.setValue(answers.get(q.id()));
            choice.setReadOnly(!editable);
            choice.addValueChangeListener(e -> changed(e.isFromClient()));
            fields.put(q.id(), choice::getValue);
            box.add(choice);
            if (q.evidenceRequiredWhenNonCompliant()) {
                TextArea note = new TextArea("Evidence (needed for " + String.join(" or ",
                        q.scale().nonCompliantOptions()) + ")");
                note.setId("ma-q-" + q.id() + "-note");
                note.setWidthFull();
                note.setValue(answers.getOrDefault(q.id() + ":note", ""));
                note.setReadOnly(!editable);
                note.setValueChangeMode(ValueChangeMode.LAZY);
                note.setValueChangeTimeout(1500);
                note.addValueChangeListener(e -> changed(e.isFromClient()));
                fields.put(q.id() + ":note", note::getValue);
                box.add(note);
            }
        }
        if (q.guidance() != null) {
            box.add(new Paragraph(q.guidance()));
        }
        return box;
    }

    /**
     * Autosave, as in the single-agency audit: every change a co-ordinator makes is saved as a draft at once (text
     * after a pause in typing), under the return's version, so two people editing one return cannot overwrite each
     * other unseen.
     */
    private void save() {
        try {
            version = service.saveReturn(returnId, version, answers()).version();
            saved.setText("Draft saved");
        } catch (MultiAgencyException ex) {
            saved.setText("Not saved: " + ex.getMessage());
        } catch (OptimisticLockingFailureException ex) {
            saved.setText("Not saved. " + STALE);
        }
    }

    private void changed(boolean fromClient) {
        if (autosave && fromClient) {
            save();
        }
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((id, value) -> {
            String v = value.get();
            if (v != null && !v.isBlank()) {
                answers.put(id, v);
            }
        });
        return answers;
    }
}
