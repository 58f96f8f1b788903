package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;

/** One agency return: answered by its agency's co-ordinator (save draft, submit), read by everyone else. */
class ReturnDialog extends Dialog {

    private final Map<String, Supplier<String>> fields = new LinkedHashMap<>();

    ReturnDialog(MultiAgencyService service, AgencyReturn ret, boolean editable, Runnable afterSave) {
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
        long[] version = {ret.version()};
        Button close = new Button("Close", e -> close());
        if (canEdit) {
            Button save = new Button("Save draft", e -> {
                try {
                    version[0] = service.saveReturn(ret.id(), version[0], answers()).version();
                    Notification.show("Draft saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    afterSave.run();
                } catch (MultiAgencyException ex) {
                    MultiAgencyAuditsView.error(ex.getMessage());
                }
            });
            save.setId("ma-return-save");
            Button submit = new Button("Submit the return", e -> {
                try {
                    service.submitReturn(ret.id(), version[0], answers());
                    Notification.show("Return submitted").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    close();
                    afterSave.run();
                } catch (MultiAgencyException ex) {
                    MultiAgencyAuditsView.error(ex.getMessage());
                }
            });
            submit.setId("ma-return-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, save, submit);
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
            fields.put(q.id(), text::getValue);
            box.add(text);
        } else {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(q.text());
            choice.setId("ma-q-" + q.id());
            choice.setItems(q.scale().options());
            choice.setValue(answers.get(q.id()));
            choice.setReadOnly(!editable);
            fields.put(q.id(), choice::getValue);
            box.add(choice);
            if (q.evidenceRequiredWhenNonCompliant()) {
                TextArea note = new TextArea("Evidence (needed for " + String.join(" or ",
                        q.scale().nonCompliantOptions()) + ")");
                note.setId("ma-q-" + q.id() + "-note");
                note.setWidthFull();
                note.setValue(answers.getOrDefault(q.id() + ":note", ""));
                note.setReadOnly(!editable);
                fields.put(q.id() + ":note", note::getValue);
                box.add(note);
            }
        }
        if (q.guidance() != null) {
            box.add(new Paragraph(q.guidance()));
        }
        return box;
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
