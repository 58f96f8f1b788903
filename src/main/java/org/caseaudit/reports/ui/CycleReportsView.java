package org.caseaudit.reports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.reports.ReportDeliveryService;
import org.caseaudit.reports.ReportKind;
import org.caseaudit.reports.ReportService;
import org.caseaudit.reports.ReportVariant;
import org.caseaudit.reports.RunningReport;
import org.caseaudit.reports.ScheduleSettings;
import org.caseaudit.reports.StoredReport;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;

/**
 * Reports of an audit cycle: pick a cycle and a version, build each report in the background (progress shown by UI
 * polling: the app has no @Push), then download it. Panel viewers and independent members get anonymised versions
 * only (the service refuses anything else). Audit leads set the scheduled committee pack; kept files are listed.
 * {@code ?cycle=<id>} preselects a cycle (links from the cycle screens).
 */
@Route("reports/cycles")
@PageTitle("Cycle reports | Case Audit Workbench")
@Menu(title = "Cycle reports", order = 71, icon = "vaadin:download")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
class CycleReportsView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MS = 500;

    private final ReportDeliveryService delivery;
    private final CurrentUser currentUser;
    private final ComboBox<CyclePeriod> cycle = new ComboBox<>("Audit cycle");
    private final RadioButtonGroup<ReportVariant> variant = new RadioButtonGroup<>("Version");
    private final ComboBox<AuditSummary> audit = new ComboBox<>("Audit (case audit report)");
    private final ComboBox<DeliveryGroup> group = new ComboBox<>("Delivery group (action-plan reports)");
    private final ComboBox<org.caseaudit.reports.SelfEvaluationReports.Period> period =
            new ComboBox<>("Period (self-evaluation pack)");
    private final VerticalLayout jobsList = new VerticalLayout();
    private final List<Job> jobs = new ArrayList<>();
    private final Grid<StoredReport> stored = new Grid<>();
    private int nextJob = 1;
    private Registration polling;

    /** A report on the page: its row, progress and, once built, its download link. */
    private final class Job {
        final int number;
        final RunningReport report;
        final ProgressBar bar = new ProgressBar();
        final Span status = new Span();
        final HorizontalLayout row = new HorizontalLayout();
        boolean done;

        Job(int number, RunningReport report) {
            this.number = number;
            this.report = report;
            row.setId("report-job-" + number);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            bar.setWidth("12em");
            bar.setId("report-job-progress-" + number);
            bar.getElement().setAttribute("aria-label", "Progress of " + report.kind().label());
            status.setId("report-job-status-" + number);
            row.add(new Span(report.kind().label() + " · " + report.subject() + " · " + report.variant().label()),
                    bar, status);
        }
    }

    CycleReportsView(ReportDeliveryService delivery, CurrentUser currentUser) {
        this.delivery = delivery;
        this.currentUser = currentUser;
        setId("cycle-reports-view");
        boolean full = delivery.mayIdentify();
        add(new H2("Cycle reports"), new Paragraph(full
                ? "Build a cycle's committee pack and workbooks, in full (identifying cases and staff: not for "
                + "publication) or anonymised (pseudonymised case references, no names or free text, small counts "
                + "shown as c, with secondary suppression and pooled figures). Reports build in the background; "
                + "download each when it is ready."
                : "Build a cycle's committee pack and workbooks. You receive anonymised versions: pseudonymised case "
                + "references, no names or free text, small counts shown as c, with pooled figures where a month is "
                + "too small."));

        cycle.setId("report-cycle");
        cycle.setItems(delivery.cycles());
        cycle.setItemLabelGenerator(c -> c.name() + (c.periodStart() == null ? ""
                : " (" + Formats.date(c.periodStart()) + " to " + Formats.date(c.periodEnd()) + ")"));
        cycle.setWidth("32em");
        variant.setId("report-variant");
        variant.setItems(ReportVariant.values());
        variant.setItemLabelGenerator(ReportVariant::label);
        variant.setValue(ReportVariant.ANONYMISED);
        if (!full) {
            variant.setItems(ReportVariant.ANONYMISED);
            variant.setValue(ReportVariant.ANONYMISED);
            variant.setReadOnly(true);
            variant.setHelperText("Your role receives anonymised reports only.");
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (ReportKind kind : ReportKind.values()) {
            if (kind.scope() == ReportKind.Scope.AUDIT || kind.scope() == ReportKind.Scope.PERIOD) {
                continue;
            }
            Button b = new Button("Build the " + Character.toLowerCase(kind.label().charAt(0))
                    + kind.label().substring(1),
                    e -> build(kind));
            b.setId("build-" + kind.slug());
            buttons.add(b);
        }
        Paragraph scopes = new Paragraph("The action-plan workbook holds the chosen cycle's actions, or with no cycle "
                + "chosen every open and recently closed action; the progress report always covers every cycle. "
                + "Choose a delivery group to build both for the actions that group owns only (the file names say "
                + "the group).");
        group.setId("report-group");
        group.setItems(delivery.deliveryGroups());
        group.setItemLabelGenerator(DeliveryGroup::name);
        group.setPlaceholder("Every group and owner");
        group.setClearButtonVisible(true);
        group.setWidth("32em");
        jobsList.setId("report-jobs");
        jobsList.setPadding(false);
        jobsList.setSpacing(false);
        add(cycle, variant, group, buttons, scopes);
        add(new H3("Self-evaluation"));
        add(new Paragraph("What do we know, how do we know it, what are we doing about it: the 12 months ending the "
                + "chosen month, for an inspector or the partnership. The anonymised version is the external one: it "
                + "passes the disclosure control, names nobody and has no case-level rows."));
        period.setId("report-period");
        period.setItems(delivery.selfEvaluationPeriods());
        period.setItemLabelGenerator(org.caseaudit.reports.SelfEvaluationReports.Period::name);
        period.setWidth("32em");
        period.getListDataView().getItems().findFirst().ifPresent(period::setValue);
        HorizontalLayout selfEvaluation = new HorizontalLayout(period);
        selfEvaluation.setWrap(true);
        selfEvaluation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (ReportKind kind : ReportKind.values()) {
            if (kind.scope() == ReportKind.Scope.PERIOD) {
                Button b = new Button("Build the " + Character.toLowerCase(kind.label().charAt(0))
                        + kind.label().substring(1), e -> build(kind));
                b.setId("build-" + kind.slug());
                selfEvaluation.add(b);
            }
        }
        add(selfEvaluation);
        if (full) {
            audit.setId("report-audit");
            audit.setItemLabelGenerator(a -> a.caseReference() + " · " + a.auditor() + " · " + a.status().label());
            audit.setWidth("32em");
            audit.setHelperText("Choose a cycle first; the report is the full version, for feedback to the team.");
            cycle.addValueChangeListener(e -> {
                audit.clear();
                audit.setItems(e.getValue() == null ? List.of() : delivery.audits(e.getValue().id()));
            });
            Button caseAudit = new Button("Build the case audit report (PDF)", e -> buildCaseAudit());
            caseAudit.setId("build-case-audit");
            HorizontalLayout line = new HorizontalLayout(audit, caseAudit);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(line);
        }
        add(new H3("Built for you"), jobsList);

        add(new H3("Kept by the schedule"));
        stored.setId("stored-reports");
        stored.addColumn(StoredReport::cycleName).setHeader("Cycle").setFlexGrow(1);
        stored.addColumn(r -> r.kind().label()).setHeader("Report").setAutoWidth(true);
        stored.addColumn(r -> r.variant().label()).setHeader("Version").setAutoWidth(true);
        stored.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader("Built").setAutoWidth(true);
        stored.addColumn(r -> Formats.dateTime(r.expiresAt())).setHeader("Deleted after").setAutoWidth(true);
        stored.addComponentColumn(this::storedLink).setKey("download").setHeader("Download").setAutoWidth(true);
        stored.setAllRowsVisible(true);
        stored.setItems(delivery.storedReports());
        add(stored);
        if (full) {
            add(scheduleForm());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("cycle").ifPresent(id -> {
            try {
                long wanted = Long.parseLong(id);
                delivery.cycles().stream().filter(c -> c.id() == wanted).findFirst().ifPresent(cycle::setValue);
            } catch (NumberFormatException ignored) {
                // a mistyped link: no cycle preselected
            }
        });
    }

    private void build(ReportKind kind) {
        if (kind.scope() == ReportKind.Scope.PERIOD) {
            if (period.getValue() == null) {
                Notifications.warning("Choose a period first");
                return;
            }
            start(kind, period.getValue().id(), null, variant.getValue());
            return;
        }
        if (kind.scope() == ReportKind.Scope.CYCLE && cycle.getValue() == null) {
            Notifications.warning("Choose an audit cycle first");
            return;
        }
        Long id = kind.scope() == ReportKind.Scope.ALL || cycle.getValue() == null ? null : cycle.getValue().id();
        start(kind, id, kind.groupScoped() && group.getValue() != null
                ? group.getValue().id() : null, variant.getValue());
    }

    private void buildCaseAudit() {
        if (audit.getValue() == null) {
            Notifications.warning("Choose an audit first");
            return;
        }
        start(ReportKind.CASE_AUDIT_REPORT, audit.getValue().id(), null, ReportVariant.IDENTIFIED);
    }

    private void start(ReportKind kind, Long id, Long deliveryGroupId, ReportVariant chosen) {
        try {
            RunningReport report = delivery.start(kind, id, deliveryGroupId, chosen);
            Job job = new Job(nextJob++, report);
            jobs.add(job);
            jobsList.addComponentAsFirst(job.row);
            refreshJobs();
            UI.getCurrent().setPollInterval(POLL_MS);
        } catch (RuntimeException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(e -> refreshJobs());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    /** Shows each job's progress; a finished one gets its download link. Stops polling when nothing runs. */
    void refreshJobs() {
        for (Job job : jobs) {
            if (job.done) {
                continue;
            }
            job.bar.setValue(job.report.fraction());
            job.status.setText(job.report.stage());
            if (job.report.result().isDone()) {
                job.done = true;
                job.bar.setVisible(false);
                try {
                    ReportService.ReportFile file = job.report.result().join();
                    job.status.setText("Ready");
                    job.row.add(downloadLink(job, file));
                } catch (CompletionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    job.status.setText("Not built: " + cause.getMessage());
                }
            }
        }
        if (jobs.stream().allMatch(j -> j.done)) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** The reports started on this page, oldest first (for tests). */
    List<RunningReport> jobsForTest() {
        return jobs.stream().map(j -> j.report).toList();
    }

    private Anchor downloadLink(Job job, ReportService.ReportFile file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            delivery.recordDownload(job.report, file);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), "Download " + file.fileName());
        link.getElement().setAttribute("download", true);
        link.addClassName("download-link");
        link.setId("report-job-download-" + job.number);
        return link;
    }

    private Anchor storedLink(StoredReport r) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportService.ReportFile file = delivery.downloadStored(r.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), r.fileName());
        link.getElement().setAttribute("download", true);
        link.addClassName("download-link");
        link.getElement().setAttribute("aria-label", "Download " + r.fileName());
        link.setId("stored-report-" + r.id());
        return link;
    }

    private Div scheduleForm() {
        Div box = new Div();
        box.setId("schedule-form");
        ScheduleSettings s = delivery.schedule();
        Checkbox enabled = new Checkbox("Build the committee pack of the last complete cycle on schedule", s.enabled());
        enabled.setId("schedule-enabled");
        Checkbox identified = new Checkbox("Full version", s.identified());
        identified.setId("schedule-identified");
        Checkbox anonymised = new Checkbox("Anonymised version", s.anonymised());
        anonymised.setId("schedule-anonymised");
        Paragraph info = new Paragraph(info(s));
        info.setId("schedule-info");
        long[] version = {s.version()};
        Button save = new Button("Save schedule", e -> {
            try {
                ScheduleSettings saved = delivery.saveSchedule(enabled.getValue(), identified.getValue(),
                        anonymised.getValue(), version[0]);
                version[0] = saved.version();
                info.setText(info(saved));
                Notifications.success("Schedule saved");
            } catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
                Notifications.concurrentChange("the schedule", "reload the page");
            } catch (RuntimeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        save.setVisible(lead);
        enabled.setReadOnly(!lead);
        identified.setReadOnly(!lead);
        anonymised.setReadOnly(!lead);
        box.add(new H3("Scheduled committee pack"), enabled, identified, anonymised, info, save);
        return box;
    }

    private static String info(ScheduleSettings s) {
        return "Runs on the schedule \u201c" + s.cron() + "\u201d (Europe/London)"
                + (s.nextRun() == null ? "" : ", next " + Formats.dateTime(s.nextRun()))
                + "; builds the committee pack, the action-plan workbook and the results workbook; files are kept "
                + s.retentionDays() + " days, then deleted."
                + (s.updatedBy() == null ? "" : " Last changed by " + s.updatedBy() + " on " + Formats.dateTime(
                s.updatedAt()) + ".");
    }
}
