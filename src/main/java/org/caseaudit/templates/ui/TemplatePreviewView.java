package org.caseaudit.templates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.OverallGradeDefinition;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;

/**
 * One template version as auditors will see it: sections, questions with their answer fields (read-only here),
 * guidance, references and badges for key measures, derivations and required evidence.
 * Query parameters: {@code template} and {@code version}.
 */
@Route("templates/preview")
@PageTitle("Template preview | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class TemplatePreviewView extends VerticalLayout implements BeforeEnterObserver {

    private final TemplateService service;
    private final Select<Integer> versionSelect = new Select<>();
    private final Div content = new Div();
    private String templateId;

    TemplatePreviewView(TemplateService service) {
        this.service = service;
        versionSelect.setId("version-select");
        versionSelect.setLabel("Version");
        versionSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TemplatePreviewView.class,
                        QueryParams.of(templateId, "version", e.getValue())));
            }
        });
        content.setId("template-preview");
        content.setWidthFull();
        add(versionSelect, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        templateId = params.getSingleParameter("template").orElse(null);
        Integer version = QueryParams.integer(params, "version").orElse(null);
        content.removeAll();
        List<TemplateVersionSummary> versions = templateId == null ? List.of() : service.versions(templateId);
        versionSelect.setItems(versions.stream().map(TemplateVersionSummary::version).toList());
        versionSelect.setVisible(!versions.isEmpty());
        if (version == null && !versions.isEmpty()) {
            version = versions.getFirst().version();
        }
        var definition = version == null ? null : service.find(templateId, version).orElse(null);
        if (definition == null) {
            content.add(new Paragraph("Choose a template version in Templates to preview it."));
            return;
        }
        versionSelect.setValue(version);
        render(definition, versions.stream().filter(v -> v.version() == definition.version()).findFirst().orElse(null));
    }

    private void render(TemplateDefinition t, TemplateVersionSummary summary) {
        var title = new H2(t.title());
        title.setId("preview-title");
        content.add(title);
        content.add(new Paragraph("Template " + t.id() + ", version " + t.version()
                + (summary == null ? "" : ", stored " + Formats.dateTime(summary.storedAt()) + " from "
                + summary.sourceFile())));
        content.add(new Paragraph(t.purpose()));
        content.add(badges(t.caseTypes().stream().map(c -> badge(c, "contrast")).toArray(Component[]::new)));
        for (SectionDefinition section : t.sections()) {
            var heading = new H3(section.title());
            heading.setId("section-" + section.id());
            content.add(heading);
            if (section.description() != null) {
                content.add(new Paragraph(section.description()));
            }
            section.questions().forEach(q -> content.add(question(q)));
        }
        if (t.overallGrade() != null) {
            content.add(overallGrade(t.overallGrade()));
        }
    }

    private Component question(QuestionDefinition q) {
        var card = new VerticalLayout();
        card.setId("question-" + q.id());
        card.addClassName("template-question");
        card.setSpacing(false);
        var text = new Span(q.text());
        text.getStyle().set("font-weight", "600");
        var id = new Span(q.id());
        id.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(text, id);

        var badges = new HorizontalLayout();
        badges.add(badge(q.scale().label(), "contrast"));
        if (q.keyMeasure()) {
            badges.add(badge("Key measure", "success"));
        }
        if (q.derivation() != null) {
            var derived = badge("Derived: " + q.derivation().name(), "");
            derived.getElement().setAttribute("title", q.derivation().description());
            derived.setId("derivation-" + q.id());
            badges.add(derived);
        }
        if (q.evidenceRequiredWhenNonCompliant()) {
            badges.add(badge("Evidence note required when non-compliant", "error"));
        }
        if (q.theme() != null) {
            badges.add(badge("Theme: " + q.theme(), "contrast"));
        }
        card.add(badges, answerField(q.scale()));
        if (q.derivation() != null) {
            card.add(small("Proposed from the case: " + q.derivation().description()
                    + ". The auditor confirms it or overrides it with a reason."));
        }
        if (q.guidance() != null || !q.references().isEmpty()) {
            var guidance = new VerticalLayout();
            guidance.setPadding(false);
            if (q.guidance() != null) {
                guidance.add(new Paragraph(q.guidance()));
            }
            if (!q.references().isEmpty()) {
                var refs = new UnorderedList();
                q.references().stream().map(ListItem::new).forEach(refs::add);
                guidance.add(new Span("References"), refs);
            }
            var details = new Details("Guidance", guidance);
            details.setId("guidance-" + q.id());
            card.add(details);
        }
        if (q.findingText() != null) {
            card.add(small("If non-compliant — finding: " + q.findingText()
                    + (q.suggestedAction() == null ? "" : " Suggested action: " + q.suggestedAction())));
        }
        if (q.sourceQuestion() != null) {
            card.add(small("Re-checks " + q.sourceQuestion()));
        }
        return card;
    }

    private static Component answerField(AnswerScale scale) {
        Component field = switch (scale) {
            case DATE -> {
                var date = new DatePicker("Answer");
                date.setLocale(Formats.LOCALE);
                date.setReadOnly(true);
                yield date;
            }
            case NUMBER -> {
                var number = new NumberField("Answer");
                number.setReadOnly(true);
                yield number;
            }
            case FREE_TEXT -> {
                var text = new TextArea("Answer");
                text.setReadOnly(true);
                text.setWidthFull();
                yield text;
            }
            default -> {
                var options = new RadioButtonGroup<String>("Answer");
                options.setItems(scale.options());
                options.setReadOnly(true);
                yield options;
            }
        };
        return field;
    }

    private static Component overallGrade(OverallGradeDefinition grade) {
        var box = new VerticalLayout();
        box.setId("overall-grade");
        box.add(new H3("Overall grade"), new Span(grade.text()));
        var options = new RadioButtonGroup<String>("Grade");
        options.setItems(grade.scale().options());
        options.setReadOnly(true);
        box.add(options);
        if (grade.guidance() != null) {
            box.add(new Paragraph(grade.guidance()));
        }
        if (grade.rationaleRequired()) {
            var rationale = new TextArea("Rationale (required)");
            rationale.setReadOnly(true);
            rationale.setWidthFull();
            box.add(rationale);
        }
        return box;
    }

    private static HorizontalLayout badges(Component... badges) {
        var row = new HorizontalLayout(badges);
        row.setSpacing(true);
        return row;
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }

    private static Span small(String text) {
        var span = new Span(text);
        span.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return span;
    }
}
