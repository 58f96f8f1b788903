package org.caseaudit.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.StrategyDiscussionChoice;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.calendar.TimescaleSettingInfo;
import org.caseaudit.calendar.TimescaleUnit;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators set the organisation's statutory timescale rules (defaults from national guidance). */
@Route("admin/timescales")
@PageTitle("Timescale rules | Case Audit Workbench")
@Menu(title = "Timescale rules", order = 93, icon = "vaadin:timer")
@RolesAllowed(Roles.ADMIN)
class TimescaleSettingsView extends VerticalLayout {

    private final TimescaleService timescales;
    private final Grid<TimescaleSettingInfo> grid = new Grid<>();
    private final ComboBox<Measure> measure = new ComboBox<>("Timescale");
    private final IntegerField amount = new IntegerField("Within");
    private final ComboBox<TimescaleUnit> unit = new ComboBox<>("Unit");
    private final ComboBox<StrategyDiscussionChoice> strategy = new ComboBox<>("ICPC clock starts at");

    TimescaleSettingsView(TimescaleService timescales) {
        this.timescales = timescales;
        setId("timescale-settings-view");
        setSizeFull();
        grid.setId("timescale-grid");
        grid.addColumn(s -> s.rule().measure().label()).setHeader("Timescale").setAutoWidth(true);
        grid.addColumn(s -> s.rule().describe()).setHeader("Rule").setAutoWidth(true);
        grid.addColumn(s -> s.rule().measure() == Measure.ICPC ? s.rule().strategyDiscussion().name().toLowerCase()
                + " strategy discussion" : "").setHeader("Starts at").setAutoWidth(true);
        grid.addColumn(s -> s.updatedBy() == null ? "default" : s.updatedBy() + ", " + Formats.dateTime(s.updatedAt()))
                .setHeader("Last changed").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        measure.setId("timescale-measure");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        measure.setReadOnly(true);
        amount.setId("timescale-amount");
        amount.setMin(0);
        unit.setId("timescale-unit");
        unit.setItems(TimescaleUnit.values());
        unit.setItemLabelGenerator(TimescaleUnit::label);
        strategy.setId("timescale-strategy");
        strategy.setItems(StrategyDiscussionChoice.values());
        strategy.setItemLabelGenerator(c -> c.name().charAt(0) + c.name().substring(1).toLowerCase()
                + " strategy discussion");
        Button save = new Button("Save rule", e -> save());
        save.setId("timescale-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout editor = new HorizontalLayout(measure, amount, unit, strategy, save);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);

        add(new Paragraph("Each statutory timescale is measured in working days (Monday to Friday except bank holidays "
                + "in England and Wales), calendar months or hours. Choose a row to change it; every change is "
                + "recorded."),
                grid, editor);
        refresh();
    }

    private void edit(TimescaleSettingInfo setting) {
        if (setting == null) {
            return;
        }
        measure.setValue(setting.rule().measure());
        amount.setValue(setting.rule().amount());
        unit.setValue(setting.rule().unit());
        strategy.setValue(setting.rule().strategyDiscussion());
        strategy.setEnabled(setting.rule().measure() == Measure.ICPC);
    }

    private void save() {
        TimescaleSettingInfo selected = grid.asSingleSelect().getValue();
        if (selected == null || amount.getValue() == null || unit.getValue() == null) {
            Notifications.warning("Choose a timescale and give its rule.");
            return;
        }
        try {
            timescales.updateRule(new TimescaleRule(selected.rule().measure(), amount.getValue(), unit.getValue(),
                    strategy.getValue()), selected.version());
            Notifications.success("Saved: " + selected.rule().measure().label());
        } catch (IllegalArgumentException ex) {
            amount.setInvalid(true);
            amount.setErrorMessage(ex.getMessage());
            return;
        } catch (OptimisticLockingFailureException ex) {
            Notifications.concurrentChange("this rule", "the list now shows their change");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(timescales.settingRows());
        amount.setInvalid(false);
        unit.setInvalid(false);
    }
}
