package org.caseaudit.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import org.caseaudit.audit.CaseDataRetentionService;
import org.caseaudit.audit.CaseRetentionRule;
import org.caseaudit.audit.RetentionPreview;
import org.caseaudit.audit.RetentionSetting;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;

/** Administrators see the retention periods, change the case-data ones, and see what the next nightly run touches. */
@Route("admin/retention")
@PageTitle("Data retention | Case Audit Workbench")
@Menu(title = "Data retention", order = 95.5, icon = "vaadin:trash")
@RolesAllowed(Roles.ADMIN)
class DataRetentionView extends VerticalLayout {

    private final CaseDataRetentionService retention;
    private final Grid<RetentionSetting> grid = new Grid<>();
    private final ComboBox<RetentionSetting> setting = new ComboBox<>("Retention period");
    private final IntegerField months = new IntegerField("Months");
    private final UnorderedList preview = new UnorderedList();

    DataRetentionView(CaseDataRetentionService retention) {
        this.retention = retention;
        setId("data-retention-view");
        grid.setId("retention-grid");
        grid.addColumn(RetentionSetting::label).setHeader("Data").setFlexGrow(1);
        grid.addColumn(s -> s.months() + " months").setHeader("Kept for").setAutoWidth(true);
        grid.addColumn(s -> s.updatedBy() == null ? "default" : s.updatedBy() + ", "
                + Formats.dateTime(s.updatedAt().toInstant(ZoneOffset.UTC))).setHeader("Last changed")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().editable()) {
                setting.setValue(e.getValue());
            }
        });

        setting.setId("retention-setting");
        setting.setItemLabelGenerator(RetentionSetting::label);
        setting.addValueChangeListener(e -> months.setValue(e.getValue() == null ? null : e.getValue().months()));
        months.setId("retention-months");
        months.setMin(CaseRetentionRule.MINIMUM_MONTHS);
        months.setMax(CaseRetentionRule.MAXIMUM_MONTHS);
        months.setStepButtonsVisible(true);
        Button save = new Button("Save period", e -> save());
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout editor = new HorizontalLayout(setting, months, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        preview.setId("retention-preview");

        add(new Paragraph("Every night the application deletes case register rows whose last activity is older than "
                        + "their period and that no sample or audit names; rows a sample or audit names are anonymised "
                        + "instead (child reference, worker, manager and referral source removed; dates and team "
                        + "kept). "
                        + "Audits of complete cycles older than their period lose their free text (evidence notes, "
                        + "file "
                        + "references, reasons, replies); answers and grades stay, so past reports still add up. Each "
                        + "run is recorded in the audit trail. Periods are 12 to 1200 months."),
                grid, editor, new H3("The next run would"), preview);
        refresh();
    }

    private void save() {
        RetentionSetting chosen = setting.getValue();
        if (chosen == null || months.getValue() == null || months.getValue() < CaseRetentionRule.MINIMUM_MONTHS
                || months.getValue() > CaseRetentionRule.MAXIMUM_MONTHS) {
            Notifications.error("Choose a retention period and give a number of months from "
                    + CaseRetentionRule.MINIMUM_MONTHS + " to " + CaseRetentionRule.MAXIMUM_MONTHS);
            return;
        }
        try {
            retention.change(chosen.name(), months.getValue());
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
            return;
        }
        Notifications.success("Saved: " + chosen.label() + ", " + months.getValue() + " months");
        refresh();
    }

    private void refresh() {
        var settings = retention.settings();
        grid.setItems(settings);
        String chosen = setting.getValue() == null ? null : setting.getValue().name();
        var editable = settings.stream().filter(RetentionSetting::editable).toList();
        setting.setItems(editable);
        editable.stream().filter(s -> s.name().equals(chosen)).findFirst().ifPresent(setting::setValue);
        RetentionPreview next = retention.preview();
        preview.removeAll();
        preview.add(new ListItem("delete " + next.registerDeleted() + " and anonymise " + next.registerAnonymised()
                        + " case register rows (last activity before " + Formats.date(next.registerCutoff()) + ")"),
                new ListItem("remove the free text of " + next.auditsAnonymised() + " audits (cycles ended before "
                        + Formats.date(next.auditTextCutoff()) + "): " + next.answersCleared() + " answers, "
                        + next.repliesCleared() + " replies, " + next.collaborationsCleared()
                        + " collaborative records and " + next.feedbackCommentsCleared() + " family comments"),
                new ListItem("remove " + next.historyVersionsRemoved() + " earlier versions of answers"));
    }
}
