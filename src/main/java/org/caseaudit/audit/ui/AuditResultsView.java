package org.caseaudit.audit.ui;

import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caseaudit.audit.Agreement;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.CycleAgreement;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.audit.QualitativeAuditService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;

/**
 * The audit lead's view of a cycle: every audit and moderation with its status, links to the workspace and the
 * moderation comparison, and the cycle's agreement statistics (per cent agreement, Cohen's kappa, Gwet's AC1).
 */
@Route("audit-results")
@PageTitle("Audit results | Case Audit Workbench")
@Menu(title = "Audit results", order = 20, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class AuditResultsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final Select<Long> cycleChoice = new Select<>();
    private final AuditService audits;
    private final ModerationService moderation;
    private final Grid<AuditSummary> grid = new Grid<>();
    private final VerticalLayout stats = new VerticalLayout();
    private final FeedbackService feedback;
    private final QualitativeAuditService qualitativeAudits;
    private final TemplateService templates;
    private final boolean canShare;
    private Long current;

    AuditResultsView(AuditService audits, ModerationService moderation, FeedbackService feedback,
            QualitativeAuditService qualitativeAudits, TemplateService templates, CurrentUser currentUser) {
        this.qualitativeAudits = qualitativeAudits;
        this.templates = templates;
        this.audits = audits;
        this.moderation = moderation;
        this.feedback = feedback;
        this.canShare = currentUser.hasRole(Roles.AUDIT_LEAD);
        setSizeFull();
        Select<Long> cycle = this.cycleChoice;
        cycle.setId("cycle-select");
        cycle.setLabel("Audit cycle");
        cycle.setWidth("min(100%, 26em)");
        // the names read once: a label generator calling the service read every cycle once a label
        java.util.Map<Long, String> names = audits.cycleNames();
        List<Long> cycles = List.copyOf(names.keySet());
        cycle.setItemLabelGenerator(names::get); // the items are the names' keys
        cycle.setItems(cycles);
        grid.setId("cycle-audits-grid");
        Layouts.sizeToRows(grid);
        grid.addColumn(AuditSummary::caseReference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(a -> a.kind().label()).setHeader("Task").setAutoWidth(true);
        grid.addColumn(AuditSummary::auditor).setHeader("By").setAutoWidth(true);
        grid.addColumn(a -> a.dueDate() == null ? "" : Formats.date(a.dueDate())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.answered() + " of " + a.questions()).setHeader("Progress").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            HorizontalLayout buttons = Layouts.wrap(new HorizontalLayout());
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(AuditWorkspaceView.class,
                    AuditWorkspaceView.params(a.id()))));
            open.setId("cycle-open-" + a.id());
            open.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(open);
            if (a.kind() == AuditKind.MODERATION && a.status() != AuditStatus.NOT_STARTED) {
                Button compare = new Button("Compare", e -> getUI().ifPresent(ui -> ui.navigate(ModerationView.class,
                        AuditWorkspaceView.params(a.moderatesAuditId()))));
                compare.setId("cycle-compare-" + a.moderatesAuditId());
                compare.addThemeVariants(ButtonVariant.SMALL);
                buttons.add(compare);
            }
            boolean finished = a.status() == AuditStatus.SUBMITTED || a.status() == AuditStatus.MODERATED
                    || a.status() == AuditStatus.CLOSED;
            if (a.kind() == AuditKind.AUDIT && finished) {
                Button read = new Button("Feedback", e -> getUI().ifPresent(ui -> ui.navigate(AuditFeedbackView.class,
                        AuditWorkspaceView.params(a.id()))));
                read.setId("cycle-feedback-" + a.id());
                read.addThemeVariants(ButtonVariant.SMALL);
                buttons.add(read);
                if (canShare) {
                    Button share = new Button("Share", e -> shareDialog(a).open());
                    share.setId("cycle-share-" + a.id());
                    share.addThemeVariants(ButtonVariant.SMALL);
                    buttons.add(share);
                }
                if (canShare && a.status() != AuditStatus.CLOSED) {
                    Button close = new Button("Close", e -> {
                        try {
                            audits.close(a.id());
                            Notifications.success("Audit of case " + a.caseReference() + " closed");
                            show(current);
                        } catch (AuditStateException ex) {
                            Notifications.error(ex.getMessage());
                        }
                    });
                    close.setId("cycle-close-" + a.id());
                    close.addThemeVariants(ButtonVariant.SMALL);
                    buttons.add(close);
                }
            }
            return buttons;
        }).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        // the actions stay the last column: in the first, the grid's own focusable first cell lies round the buttons
        // and
        // axe's target-size rule (WCAG 2.5.8) refuses the pair
        // on a phone one card per audit beside its buttons, which stay in reach without scrolling sideways
        Layouts.cardsOnNarrow(this, grid, "Audit", a -> List.of(a.caseReference() + " \u2014 " + a.status().label(),
                a.kind().label() + " by " + a.auditor(), a.dueDate() == null ? "" : "Due " + Formats.date(a.dueDate()),
                a.answered() + " of " + a.questions() + " answered"), "actions");
        stats.setId("agreement-statistics");
        stats.setPadding(false);
        cycle.addValueChangeListener(e -> show(e.getValue()));
        Button create = new Button("Create the audits of this cycle", e -> {
            if (cycle.getValue() == null) {
                return;
            }
            try {
                org.caseaudit.sampling.CycleWork work = audits.createWorkForCycle(cycle.getValue());
                Notifications.success(work.describe() + (work.notCreated() == null
                        ? " from the cycle's assignments" : ""));
                show(cycle.getValue());
            } catch (AuditStateException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.setId("create-cycle-audits");
        Button qualitative = new Button("Give a qualitative audit", e -> {
            if (cycle.getValue() != null) {
                qualitativeDialog(cycle.getValue()).open();
            }
        });
        qualitative.setId("give-qualitative");
        qualitative.setVisible(canShare);
        add(Layouts.toolbar(cycle, create, qualitative), grid, stats);
        if (cycles.isEmpty()) {
            add(new Paragraph("No audits have been assigned yet."));
        } else {
            cycle.setValue(cycles.getFirst());
        }
    }

    /** An independent member's audit of one case outside the sample, on a checklist the lead chooses. */
    private Dialog qualitativeDialog(long cycleId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Give a qualitative audit in " + cycleChoice.getItemLabelGenerator().apply(cycleId));
        TextField reference = new TextField("Case reference");
        reference.setId("qualitative-case");
        reference.setHelperText("A case outside this cycle's sample, as the case register writes its reference");
        Select<TemplateVersionSummary> checklist = new Select<>();
        checklist.setId("qualitative-checklist");
        checklist.setLabel("Checklist");
        List<TemplateVersionSummary> checklists = templates.versions();
        checklist.setItems(checklists);
        checklist.setItemLabelGenerator(t -> t.title() + " (version " + t.version() + ")");
        checklists.stream().filter(t -> t.templateId().startsWith("qualitative")).findFirst()
                .or(() -> checklists.stream().findFirst()).ifPresent(checklist::setValue);
        ComboBox<UserSummary> member = new ComboBox<>("Independent member");
        member.setId("qualitative-member");
        member.setItemLabelGenerator(UserSummary::fullName);
        List<UserSummary> members = qualitativeAudits.members();
        member.setItems(members);
        if (members.size() == 1) {
            member.setValue(members.getFirst());
        }
        DatePicker due = UkDatePickers.create("Due", "qualitative-due");
        due.setValue(LocalDate.now(Formats.ZONE).plusWeeks(4));
        Paragraph error = new Paragraph();
        error.setId("qualitative-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button give = new Button("Give", e -> {
            if (checklist.getValue() == null || member.getValue() == null) {
                error.setText(checklist.getValue() == null ? "Choose a checklist" : "Choose an independent member");
                error.setVisible(true);
                return;
            }
            try {
                qualitativeAudits.give(cycleId, reference.getValue(), checklist.getValue().templateId(),
                        checklist.getValue().version(), member.getValue().username(), due.getValue());
                Notifications.success("Qualitative audit of case " + reference.getValue().strip() + " given to "
                        + member.getValue().fullName());
                dialog.close();
                show(cycleId);
            } catch (AuditStateException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        give.setId("qualitative-give");
        reference.setWidthFull();
        checklist.setWidthFull();
        member.setWidthFull();
        dialog.setWidth("min(90vw, 36em)");
        dialog.add(new VerticalLayout(reference, checklist, member, due, error));
        Dialogs.footer(dialog, give, null);
        return dialog;
    }

    private Dialog shareDialog(AuditSummary a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Share the audit of case " + a.caseReference() + " for feedback");
        ComboBox<UserSummary> manager = new ComboBox<>("Team manager");
        manager.setId("share-manager");
        manager.setItemLabelGenerator(u -> u.fullName() + (u.team() == null ? "" : " (" + u.team() + ")"));
        List<UserSummary> managers = feedback.teamManagersFor(a.id());
        manager.setItems(managers);
        if (!managers.isEmpty()) {
            manager.setValue(managers.getFirst());
        }
        manager.setHelperText("Team managers of the case's team are listed first");
        TextArea message = new TextArea("Message (optional)");
        message.setId("share-message");
        message.setMaxLength(FeedbackService.MESSAGE.maxLength());
        message.setWidthFull();
        Button send = new Button("Share", e -> {
            if (manager.getValue() == null) {
                manager.setInvalid(true);
                manager.setErrorMessage("Choose a team manager");
                return;
            }
            try {
                feedback.share(a.id(), manager.getValue().username(), message.getValue());
                Notifications.success("Shared with " + manager.getValue().fullName());
                dialog.close();
            } catch (AuditStateException ex) {
                manager.setInvalid(true);
                manager.setErrorMessage(ex.getMessage());
            }
        });
        send.setId("share-send");
        dialog.add(new VerticalLayout(manager, message));
        Dialogs.footer(dialog, send, null);
        return dialog;
    }

    private void show(Long cycleId) {
        current = cycleId;
        stats.removeAll();
        if (cycleId == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(audits.cycleAudits(cycleId));
        CycleAgreement a = moderation.cycleAgreement(cycleId);
        stats.add(new H3("Agreement between auditors and moderators"));
        Span count = new Span(a.moderatedAudits() + " moderated audit(s) in this cycle. Kappa is distorted when one "
                + "answer dominates; Gwet's AC1 is shown beside it.");
        count.setId("agreement-count");
        Span compliance = new Span("Compliance answers: " + describe(a.compliance()));
        compliance.setId("agreement-compliance");
        Span grades = new Span("Grades: " + describe(a.grades()));
        grades.setId("agreement-grades");
        stats.add(count, compliance, grades);
        stats.add(new H3("Per question"), table("agreement-per-question", a.perQuestion(), "Question"));
        stats.add(new H3("Per auditor"), table("agreement-per-auditor", a.perAuditor(), "Auditor"));
    }

    private static Grid<CycleAgreement.Row> table(String id, List<CycleAgreement.Row> rows, String header) {
        Grid<CycleAgreement.Row> g = new Grid<>();
        g.setId(id);
        g.addColumn(CycleAgreement.Row::label).setHeader(header).setFlexGrow(3);
        g.addColumn(r -> r.agreement().items()).setHeader("Pairs").setAutoWidth(true);
        g.addColumn(r -> percent(r.agreement())).setHeader("Agreement").setAutoWidth(true);
        g.addColumn(r -> number(r.agreement().cohensKappa())).setHeader("Cohen's kappa").setAutoWidth(true);
        g.addColumn(r -> number(r.agreement().gwetsAc1())).setHeader("Gwet's AC1").setAutoWidth(true);
        g.setItems(rows);
        g.setAllRowsVisible(true);
        return g;
    }

    static String describe(Agreement a) {
        return a.items() == 0 ? "no pairs yet" : a.items() + " pairs, " + percent(a) + " agreement, kappa "
                + number(a.cohensKappa()) + ", AC1 " + number(a.gwetsAc1());
    }

    static String percent(Agreement a) {
        return a.items() == 0 ? "n/a" : String.format(Locale.UK, "%.0f%%", a.percentAgreement());
    }

    static String number(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.UK, "%.2f", d);
    }

    /** {@code ?cycle=ID} chooses the cycle (the home page's next-step buttons). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("cycle").ifPresent(id -> {
            try {
                long chosen = Long.parseLong(id);
                if (cycleChoice.getListDataView().getItems().anyMatch(c -> c == chosen)) {
                    cycleChoice.setValue(chosen);
                }
            } catch (NumberFormatException e) {
                // not a cycle id: keep the first
            }
        });
    }
}
