package org.caseaudit.cases.ui;

import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;

/** The case register: filters, a lazily loaded grid, the selected case's facts, and a formula-safe export. */
@Route("cases")
@PageTitle("Case register | Case Audit Workbench")
@Menu(title = "Case register", order = 20, icon = "vaadin:records")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class CaseRegisterView extends VerticalLayout {

    static final String ANY = "Any";
    static final String WITH_ICPC = "With ICPC";
    static final String WITHOUT_ICPC = "Without ICPC";

    private final CaseRegisterService register;
    private final Grid<CaseFacts> grid = new Grid<>();
    private final CaseFactsPanel facts = new CaseFactsPanel();
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final DatePicker from = new DatePicker("S47 started from");
    private final DatePicker to = new DatePicker("S47 started to");
    private final ComboBox<S47Outcome> outcome = new ComboBox<>("S47 outcome");
    private final ComboBox<Measure> measure = new ComboBox<>("Timescale");
    private final ComboBox<MeasureStatus> measureStatus = new ComboBox<>("Timescale status");
    private final Select<String> icpc = new Select<>();
    private final TextField reference = new TextField("Case or child reference");
    private final Span total = new Span();

    private final Clock clock;

    CaseRegisterView(CaseRegisterService register, Clock clock) {
        this.register = register;
        this.clock = clock;
        setId("case-register-view");
        setSizeFull();

        team.setId("filter-team");
        team.setItems(register.teams());
        team.setClearButtonVisible(true);
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Formats.LOCALE);
            picker.setClearButtonVisible(true);
        }
        from.setId("filter-from");
        to.setId("filter-to");
        outcome.setId("filter-outcome");
        outcome.setItems(S47Outcome.values());
        outcome.setItemLabelGenerator(S47Outcome::label);
        outcome.setClearButtonVisible(true);
        icpc.setId("filter-icpc");
        icpc.setLabel("ICPC");
        icpc.setItems(ANY, WITH_ICPC, WITHOUT_ICPC);
        icpc.setValue(ANY);
        measure.setId("filter-measure");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        measure.setClearButtonVisible(true);
        measureStatus.setId("filter-measure-status");
        measureStatus.setItems(MeasureStatus.values());
        measureStatus.setItemLabelGenerator(MeasureStatus::label);
        measureStatus.setClearButtonVisible(true);
        measureStatus.setHelperText("Applies when a timescale is chosen");
        measure.addValueChangeListener(e -> refresh());
        measureStatus.addValueChangeListener(e -> refresh());
        reference.setId("filter-reference");
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setClearButtonVisible(true);
        team.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        icpc.addValueChangeListener(e -> refresh());
        reference.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(download(CaseRegisterService.ExportFormat.CSV), "Export CSV");
        csv.setId("export-csv");
        csv.addClassName("download-link");
        Anchor xlsx = new Anchor(download(CaseRegisterService.ExportFormat.XLSX), "Export Excel");
        xlsx.setId("export-xlsx");
        xlsx.addClassName("download-link");
        total.setId("case-count");

        HorizontalLayout filters = Layouts.wrap(new HorizontalLayout(reference, team, from, to, outcome, icpc, measure,
                measureStatus));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = Layouts.wrap(new HorizontalLayout(total, csv, xlsx));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.setId("case-grid");
        grid.addColumn(c -> c.data().caseReference()).setHeader("Case").setSortProperty("caseReference")
                .setAutoWidth(true);
        grid.addColumn(c -> c.data().childReference()).setHeader("Child").setSortProperty("childReference")
                .setAutoWidth(true);
        grid.addColumn(c -> c.data().team()).setHeader("Team").setSortProperty("team").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.data().referralDate())).setHeader("Referral").setSortProperty(
                "referralDate");
        grid.addColumn(c -> Formats.date(c.data().s47StartDate())).setHeader("S47 start").setSortProperty(
                "s47StartDate");
        grid.addColumn(c -> c.data().s47Outcome() == null ? "" : c.data().s47Outcome().label()).setHeader("Outcome")
                .setSortProperty("s47Outcome").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.data().icpcDate())).setHeader("ICPC").setSortProperty("icpcDate");
        grid.addColumn(c -> c.source()).setHeader("Source").setSortProperty("source");
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() == null) {
                facts.showNothing();
            } else {
                register.openFacts(e.getValue().id()).ifPresentOrElse(facts::show, () -> {
                    facts.showNothing();
                    Notifications.error("That case no longer exists.");
                });
            }
        });

        HorizontalLayout body = new HorizontalLayout(grid, facts);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(filters, actions, body);
        setFlexGrow(1, body);
        refresh();
    }

    CaseFilter filter() {
        Boolean hasIcpc = WITH_ICPC.equals(icpc.getValue()) ? Boolean.TRUE
                : WITHOUT_ICPC.equals(icpc.getValue()) ? Boolean.FALSE : null;
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        return new CaseFilter(team.getValue(), f, t, outcome.getValue(), hasIcpc,
                reference.getValue() == null || reference.getValue().isBlank() ? null : reference.getValue(),
                measure.getValue(), measureStatus.getValue());
    }

    private void refresh() {
        CaseFilter filter = filter();
        grid.setItems(query -> register.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) register.count(filter));
        total.setText(register.count(filter) + " cases");
    }

    private DownloadHandler download(CaseRegisterService.ExportFormat format) {
        return event -> {
            CaseFilter filter = event.getUI() == null ? CaseFilter.all() : currentFilter(event.getUI());
            event.setFileName("case-register-" + LocalDate.now(clock) + (format == CaseRegisterService.ExportFormat.CSV
                    ? ".csv" : ".xlsx"));
            event.setContentType(format == CaseRegisterService.ExportFormat.CSV ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            register.export(filter, format, event.getOutputStream());
        };
    }

    private CaseFilter currentFilter(com.vaadin.flow.component.UI ui) {
        CaseFilter[] holder = {CaseFilter.all()};
        ui.accessSynchronously(() -> holder[0] = filter());
        return holder[0];
    }
}
