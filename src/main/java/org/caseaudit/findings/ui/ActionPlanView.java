package org.caseaudit.findings.ui;

import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanException;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.ReAuditProposal;
import org.caseaudit.findings.ReAuditRequest;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserSummary;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The action plan in the committee's form, every open action whatever its cycle: filters open / overdue / mine /
 * all. The audit lead adds and edits actions, adds progress notes, closes an action with its evidence and launches the
 * proposed re-audit. Administrators and panel viewers read it (it holds no case data).
 */
@Route("action-plan")
@PageTitle("Action plan | Case Audit Workbench")
@Menu(title = "Action plan", order = 41, icon = "vaadin:list-select")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
class ActionPlanView extends VerticalLayout {

    static final String OPEN = "Open";
    static final String OVERDUE = "Overdue";
    static final String MINE = "Mine";
    static final String ALL = "All, with complete";

    private final ActionPlanService plan;
    private final boolean lead;
    private final boolean panel;
    private final String me;
    private final Grid<ActionItem> grid = new Grid<>();
    private final RadioButtonGroup<String> filter = new RadioButtonGroup<>();
    private final ComboBox<DeliveryGroup> groupFilter = new ComboBox<>("Delivery group");
    private final DeliveryGroupService groups;
    private final org.caseaudit.findings.DisclosureControl policy;
    private final VerticalLayout details = new VerticalLayout();
    private final Paragraph empty = new Paragraph("No actions match this filter.");

    ActionPlanView(ActionPlanService plan, DeliveryGroupService groups, DisclosureSettings disclosure,
            CurrentUser currentUser) {
        this.plan = plan;
        this.policy = disclosure.policy();
        this.groups = groups;
        this.lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        this.panel = !lead && !currentUser.hasRole(Roles.ADMIN);
        this.me = currentUser.username().orElse("");
        setWidthFull();
        filter.setId("plan-filter");
        filter.setLabel("Show");
        if (panel) {
            filter.setItems(OPEN, OVERDUE, ALL);
        } else {
            filter.setItems(OPEN, OVERDUE, MINE, ALL);
        }
        filter.setValue(OPEN);
        filter.addValueChangeListener(e -> refresh());
        grid.setId("action-grid");
        ActionColumns.configure(grid, panel);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setId("action-details");
        details.setPadding(false);
        Button add = new Button("New action", e -> edit(null));
        add.setId("new-action");
        add.setVisible(lead);
        groupFilter.setId("plan-group");
        groupFilter.setItems(groups.list());
        groupFilter.setItemLabelGenerator(DeliveryGroup::name);
        groupFilter.setPlaceholder("All groups");
        groupFilter.setClearButtonVisible(true);
        groupFilter.addValueChangeListener(e -> refresh());
        add(Layouts.toolbar(filter, groupFilter, add));
        add(new Paragraph("Actions stay on the plan until they are complete, whichever cycle they came from. Overdue "
                + "is worked out from the due date each time the plan is shown. RAG: red overdue; amber due within "
                + "14 days or not started; green on track or complete. Write no case details in actions or notes."));
        empty.setId("plan-empty");
        add(grid, empty, details);
        refresh();
    }

    private void refresh() {
        List<ActionItem> items = plan.plan(ALL.equals(filter.getValue()),
                groupFilter.getValue() == null ? null : groupFilter.getValue().id());
        if (OVERDUE.equals(filter.getValue())) {
            items = items.stream().filter(ActionItem::overdue).toList();
        } else if (MINE.equals(filter.getValue())) {
            items = items.stream().filter(a -> me.equals(a.ownerUsername())).toList();
        }
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        details.removeAll();
    }

    private void showDetails(ActionItem a) {
        details.removeAll();
        if (a == null) {
            return;
        }
        details.add(new H3(a.reference() + " \u2014 " + a.statusLabel() + ", " + a.ragLabel()));
        if (lead) {
            HorizontalLayout buttons = Layouts.wrap(new HorizontalLayout());
            if (a.open()) {
                Button edit = new Button("Edit", e -> edit(a));
                edit.setId("edit-action");
                Button close = new Button("Close with evidence", e -> close(a));
                close.setId("close-action");
                buttons.add(edit, close);
            } else if (a.reauditCycleId() == null) {
                Button propose = new Button("Launch re-audit", e -> reAudit(a, plan.proposeReAudit(a.id())));
                propose.setId("propose-reaudit");
                buttons.add(propose);
            }
            TextArea note = new TextArea("Progress note");
            note.setId("action-note");
            note.setWidthFull();
            Button addNote = new Button("Add note", e -> {
                try {
                    ActionItem updated = plan.addNote(a.id(), note.getValue());
                    refreshKeeping(updated);
                } catch (ActionPlanException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            addNote.setId("action-add-note");
            details.add(buttons, note, addNote);
        }
        details.add(panel ? ActionDetails.forPanel(a, plan.reAuditResult(a.id()), policy)
                : ActionDetails.of(a, plan.reAuditResult(a.id())));
    }

    private void refreshKeeping(ActionItem a) {
        refresh();
        grid.select(a);
        showDetails(a);
    }

    private void edit(ActionItem existing) {
        Dialog dialog = new Dialog();
        dialog.setId("action-dialog");
        dialog.setHeaderTitle(existing == null ? "New action" : "Edit " + existing.reference());
        TextArea issue = new TextArea("Issue identified");
        issue.setId("action-issue");
        issue.setMaxLength(ActionPlanService.ISSUE.maxLength());
        TextArea action = new TextArea("Action taken by the service");
        action.setId("action-text");
        action.setMaxLength(ActionPlanService.ACTION.maxLength());
        ComboBox<String> ownerUser = new ComboBox<>("Owner (user)");
        ownerUser.setId("action-owner-user");
        List<UserSummary> owners = plan.possibleOwners();
        ownerUser.setItems(owners.stream().map(UserSummary::username).toList());
        ownerUser.setItemLabelGenerator(u -> owners.stream().filter(o -> o.username().equals(u)).findFirst()
                .map(o -> o.fullName() + (o.team() == null || o.team().isBlank() ? "" : ", " + o.team())).orElse(u));
        ownerUser.setClearButtonVisible(true);
        TextField ownerName = new TextField("Owner's role (e.g. Head of MASH; the panel sees this)");
        ownerName.setId("action-owner-name");
        ownerName.setMaxLength(ActionPlanService.OWNER_NAME.maxLength());
        ComboBox<DeliveryGroup> group = new ComboBox<>("Delivery group that owns it (optional)");
        group.setId("action-group");
        List<DeliveryGroup> allGroups = groups.list();
        group.setItems(allGroups);
        group.setItemLabelGenerator(DeliveryGroup::describe);
        group.setClearButtonVisible(true);
        group.setHelperText(allGroups.isEmpty() ? "No delivery groups yet: add them under Delivery groups" : null);
        DatePicker due = UkDatePickers.create("Due date", "action-due");
        Select<ActionStatus> status = new Select<>();
        status.setId("action-status");
        status.setLabel("Status");
        status.setItems(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS);
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.NOT_STARTED);
        if (existing != null) {
            issue.setValue(existing.issue());
            action.setValue(existing.action());
            ownerUser.setValue(existing.ownerUsername());
            ownerName.setValue(existing.ownerName() == null ? "" : existing.ownerName());
            allGroups.stream().filter(g -> existing.deliveryGroupId() != null && g.id() == existing.deliveryGroupId())
                    .findFirst().ifPresent(group::setValue);
            due.setValue(existing.dueDate());
            status.setValue(existing.status());
        }
        VerticalLayout form = new VerticalLayout(issue, action, ownerUser, ownerName, group, due, status);
        form.setPadding(false);
        issue.setWidthFull();
        action.setWidthFull();
        dialog.add(form);
        Button save = new Button("Save", e -> {
            ActionForm f = new ActionForm(issue.getValue(), action.getValue(), ownerUser.getValue(),
                    ownerName.getValue(), due.getValue(), status.getValue(),
                    group.getValue() == null ? null : group.getValue().id());
            attempt(dialog, () -> {
                ActionItem saved = existing == null ? plan.create(null, null, null, List.of(), f)
                        : plan.update(existing.id(), existing.version(), f);
                dialog.close();
                Notifications.success(saved.reference() + " saved");
                refreshKeeping(saved);
            });
        });
        save.setId("action-save");
        Dialogs.footer(dialog, save, null);
        add(dialog);
        dialog.open();
    }

    private void close(ActionItem a) {
        Dialog dialog = new Dialog();
        dialog.setId("close-dialog");
        dialog.setHeaderTitle("Close " + a.reference());
        TextArea evidence = new TextArea("Evidence of completion");
        evidence.setId("action-evidence");
        evidence.setWidthFull();
        evidence.setRequired(true);
        DatePicker on = UkDatePickers.create("Completed on", "action-completed-on");
        dialog.add(new Paragraph("Closing needs the evidence that the action was done. A re-audit of later cases is "
                + "proposed next, to see whether the change took hold."), evidence, on);
        Button confirm = new Button("Close action", e -> attempt(dialog, () -> {
            ReAuditProposal proposal = plan.complete(a.id(), a.version(), evidence.getValue(), on.getValue());
            dialog.close();
            refresh();
            reAudit(plan.get(a.id()), proposal);
        }));
        confirm.setId("action-close-confirm");
        Dialogs.footer(dialog, confirm, null);
        add(dialog);
        dialog.open();
    }

    /**
     * Runs a dialog's change: a refusal is shown and the dialog stays open for a correction; a concurrent change
     * closes it and reloads the plan.
     */
    private void attempt(Dialog dialog, Runnable change) {
        try {
            change.run();
        } catch (ActionPlanException | SamplingException ex) {
            Notifications.error(ex.getMessage());
        } catch (ObjectOptimisticLockingFailureException ex) {
            dialog.close();
            Notifications.concurrentChange("this action", "the plan has been reloaded");
            refresh();
        }
    }

    private void reAudit(ActionItem a, ReAuditProposal p) {
        Dialog dialog = new Dialog();
        dialog.setId("reaudit-dialog");
        dialog.setHeaderTitle("Re-audit of " + a.reference());
        String questions = p.questions().isEmpty()
                ? "The re-audit template re-asks none of this action's questions: the re-audit rests on its question "
                        + "\u201cHas the change taken hold?\u201d"
                : "Questions re-checked: " + p.questions().stream().map(ReAuditProposal.Question::text)
                        .collect(Collectors.joining("; "));
        Paragraph text = new Paragraph(questions);
        text.setId("reaudit-questions");
        DatePicker from = UkDatePickers.create("Cases with an S47 enquiry started from", "reaudit-from");
        from.setValue(p.casesFrom());
        IntegerField size = new IntegerField("Cases to re-audit");
        size.setId("reaudit-size");
        size.setValue(p.sampleSize());
        size.setMin(1);
        size.setMax(50);
        TextField seed = new TextField("Seed (for a reproducible draw)");
        seed.setId("reaudit-seed");
        seed.setValue(String.valueOf(p.seed()));
        DatePicker due = UkDatePickers.create("Re-audits due", "reaudit-due");
        due.setValue(p.dueDate());
        dialog.add(new VerticalLayout(text, from, size, seed, due));
        Button launch = new Button("Launch re-audit", e -> attempt(dialog, () -> {
            Long s;
            try {
                s = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue().strip());
            } catch (NumberFormatException ex) {
                Notifications.error("The seed is a whole number");
                return;
            }
            ActionItem launched = plan.launchReAudit(a.id(), a.version(), new ReAuditRequest(from.getValue(),
                    size.getValue() == null ? 0 : size.getValue(), s, due.getValue()));
            dialog.close();
            Notifications.success("Re-audit launched for " + a.reference() + ": its audits are assigned");
            refreshKeeping(launched);
        }));
        launch.setId("reaudit-launch");
        Dialogs.footer(dialog, launch, "Not now", "reaudit-later");
        add(dialog);
        dialog.open();
    }

}
