package org.caseaudit.templates.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.TemplateComparison;
import org.caseaudit.templates.TemplateComparison.Change;
import org.caseaudit.templates.TemplateComparison.ChangeType;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;

/**
 * What changed between two versions of a template: questions added, removed and changed field by field.
 * Query parameters: {@code template}, {@code from}, {@code to} (defaults: the version before {@code to}, the newest).
 */
@Route("templates/compare")
@PageTitle("Compare template versions | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class TemplateCompareView extends VerticalLayout implements BeforeEnterObserver {

    private final TemplateService service;
    private final Select<String> templateSelect = new Select<>();
    private final Select<Integer> fromSelect = new Select<>();
    private final Select<Integer> toSelect = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<Change> changes = new Grid<>();

    TemplateCompareView(TemplateService service) {
        this.service = service;
        setSizeFull();
        templateSelect.setId("template-select");
        templateSelect.setLabel("Template");
        fromSelect.setId("from-select");
        fromSelect.setLabel("From version");
        toSelect.setId("to-select");
        toSelect.setLabel("To version");
        templateSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                selectTemplate(e.getValue(), null, null);
            }
        });
        fromSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                compare();
            }
        });
        toSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                compare();
            }
        });
        summary.setId("compare-summary");
        changes.setId("template-changes");
        changes.addColumn(c -> label(c.type())).setHeader("Change").setAutoWidth(true);
        changes.addColumn(c -> c.questionId() == null ? "(template)" : c.questionId()).setHeader("Question")
                .setAutoWidth(true);
        changes.addColumn(c -> c.field() == null ? "" : c.field()).setHeader("Field").setAutoWidth(true);
        changes.addColumn(c -> Objects.toString(c.before(), "")).setHeader("Before").setFlexGrow(1);
        changes.addColumn(c -> Objects.toString(c.after(), "")).setHeader("After").setFlexGrow(1);
        add(new H2("Compare template versions"), new HorizontalLayout(templateSelect, fromSelect, toSelect), summary,
                changes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        templateSelect.setItems(service.versions().stream().map(TemplateVersionSummary::templateId)
                .distinct().toList());
        selectTemplate(params.getSingleParameter("template").orElse(null),
                QueryParams.integer(params, "from").orElse(null), QueryParams.integer(params, "to").orElse(null));
    }

    private void selectTemplate(String templateId, Integer from, Integer to) {
        List<Integer> versions = templateId == null ? List.of()
                : service.versions(templateId).stream().map(TemplateVersionSummary::version).toList();
        templateSelect.setValue(versions.isEmpty() ? null : templateId);
        fromSelect.setItems(versions);
        toSelect.setItems(versions);
        if (versions.size() < 2) {
            changes.setItems(List.of());
            summary.setText(templateId == null || versions.isEmpty() ? "Choose a template with two or more versions."
                    : "Template " + templateId + " has only one version.");
            return;
        }
        int toVersion = to != null && versions.contains(to) ? to : versions.getFirst();
        int fromVersion = from != null && versions.contains(from) ? from
                : versions.stream().filter(v -> v < toVersion).findFirst().orElse(versions.getLast());
        fromSelect.setValue(fromVersion);
        toSelect.setValue(toVersion);
        compare();
    }

    private void compare() {
        String templateId = templateSelect.getValue();
        if (templateId == null || fromSelect.getValue() == null || toSelect.getValue() == null) {
            return;
        }
        TemplateComparison comparison = service.compare(templateId, fromSelect.getValue(), toSelect.getValue());
        changes.setItems(comparison.changes());
        summary.setText(comparison.isEmpty()
                ? "No differences between version " + comparison.fromVersion() + " and version "
                + comparison.toVersion() + "."
                : "Version " + comparison.fromVersion() + " to version " + comparison.toVersion() + ": "
                        + comparison.ofType(ChangeType.ADDED).size() + " question(s) added, "
                        + comparison.ofType(ChangeType.REMOVED).size() + " removed, "
                        + comparison.changes().stream().filter(c -> c.type() == ChangeType.CHANGED).count()
                        + " field change(s).");
    }

    private static String label(ChangeType type) {
        return switch (type) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case CHANGED -> "Changed";
        };
    }
}
