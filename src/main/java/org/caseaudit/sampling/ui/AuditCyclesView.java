package org.caseaudit.sampling.ui;

import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.SampleDrawn;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.VerifyResult;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;
import org.caseaudit.templates.TemplateService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Audit leads plan and run cycles: create a cycle with its frame and design (the frame's size is shown before
 * sampling, with sample-size advice), draw, verify, exclude a case (a reserve replaces it) and assign.
 */
@Route(value = "audit-cycles", layout = MainLayout.class)
@PageTitle("Audit cycles | Case Audit Workbench")
@Menu(title = "Audit cycles", order = 30, icon = "vaadin:random")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class AuditCyclesView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final AuditCycleService cycles;
    private final SampleService samples;
    private final TemplateService templates;

    private final Grid<CycleSummary> cycleGrid = new Grid<>();
    private final SamplePanel samplePanel;
    private final H3 detailHeading = new H3();
    private final Div verifyResult = new Div();
    /** The one next step for the chosen cycle, in words (and a link where it is done elsewhere). */
    private final Div nextStep = new Div();
    private final TextField seed = new TextField("Seed (blank: generated)");
    private final TextField moderationSeed = new TextField("Moderation seed (blank: generated)");
    private final Button edit = new Button("Edit cycle", e -> selected().ifPresent(this::openEditor));
    private final Button advance = new Button("Move to next stage", e -> selected().ifPresent(this::advance));
    private final Button draw = new Button("Draw sample", e -> selected().ifPresent(this::draw));
    private final Button redraw = new Button("Redraw…", e -> selected().ifPresent(this::confirmRedraw));
    private final Button verify = new Button("Verify", e -> selected().ifPresent(this::verify));
    private final Button assign = new Button("Assign auditors and moderators", e -> selected().ifPresent(this::assign));
    private final VerticalLayout detail = new VerticalLayout();

    private static String sampleState(CycleSummary c) {
        return c.locked() ? "Assigned (locked)" : c.sampleDrawn() ? "Drawn" : "Not drawn";
    }

    AuditCyclesView(AuditCycleService cycles, SampleService samples, TemplateService templates) {
        this.cycles = cycles;
        this.samples = samples;
        this.templates = templates;
        this.samplePanel = new SamplePanel(samples, () -> refresh(selected().map(CycleSummary::id).orElse(null)));
        setSizeFull();

        cycleGrid.setId("cycles-grid");
        Layouts.wrapCells(cycleGrid);
        cycleGrid.addColumn(CycleSummary::name).setHeader("Cycle").setWidth("14em").setFlexGrow(2);
        cycleGrid.addColumn(c -> Formats.date(c.periodStart()) + " - " + Formats.date(c.periodEnd())).setHeader(
                "Period").setAutoWidth(true);
        cycleGrid.addColumn(c -> Formats.date(c.dueDate())).setHeader("Due").setAutoWidth(true);
        cycleGrid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        cycleGrid.addColumn(AuditCyclesView::sampleState).setHeader("Sample").setAutoWidth(true);
        cycleGrid.setAllRowsVisible(true);
        // on a phone each cycle is a card rather than a row that scrolls sideways past its period and status
        Layouts.cardsOnNarrow(this, cycleGrid, "Cycle", c -> List.of(c.name(),
                Formats.date(c.periodStart()) + " - " + Formats.date(c.periodEnd()) + ", due "
                        + Formats.date(c.dueDate()),
                c.status().label() + ", sample " + sampleState(c).toLowerCase(java.util.Locale.ROOT)));
        cycleGrid.addSelectionListener(e -> showDetail());

        Button create = new Button("New cycle", e -> openEditor(null));
        create.setId("new-cycle");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("edit-cycle");
        advance.setId("advance-cycle");

        seed.setId("draw-seed");
        moderationSeed.setId("moderation-seed");
        draw.setId("draw-sample");
        verify.setId("verify-sample");
        redraw.setId("redraw-sample");
        assign.setId("assign-sample");
        nextStep.setId("cycle-next-step");
        verifyResult.setId("verify-result");
        verifyResult.getElement().setAttribute("role", "status");

        detail.setPadding(false);
        detail.add(detailHeading, nextStep, Layouts.toolbar(edit, advance),
                Layouts.toolbar(seed, draw, redraw, verify), Layouts.toolbar(moderationSeed, assign),
                verifyResult, samplePanel);
        detail.getChildren().filter(c -> c instanceof HorizontalLayout)
                .forEach(c -> ((HorizontalLayout) c).setAlignItems(Alignment.BASELINE));
        add(new H2("Audit cycles"), create, cycleGrid, detail);
        refresh(null);
    }

    /** {@code ?cycle=ID} selects a cycle, {@code ?new} opens a new one (the home page's next-step buttons). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        if (params.getParameters().containsKey("new")) {
            openEditor(null); // "Start a new cycle" on the lead's home
            return;
        }
        params.getSingleParameter("cycle").ifPresent(id -> {
            try {
                refresh(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // not a cycle id: show the list
            }
        });
    }

    private void refresh(Long keepId) {
        List<CycleSummary> all = cycles.list();
        cycleGrid.setItems(all);
        all.stream().filter(c -> keepId != null && c.id() == keepId).findFirst().ifPresentOrElse(cycleGrid::select,
                () -> cycleGrid.deselectAll());
        showDetail();
    }

    private void showDetail() {
        Optional<CycleSummary> chosen = selected();
        detail.setVisible(chosen.isPresent());
        verifyResult.setText("");
        if (chosen.isEmpty()) {
            return;
        }
        CycleSummary cycle = chosen.get();
        detailHeading.setText(cycle.name() + " (" + cycle.status().label() + ")");
        Optional<SampleRecord> sample = samples.sample(cycle.id());
        boolean drawable = !cycle.locked() && cycle.status().canDraw();
        edit.setEnabled(!cycle.locked());
        advance.setEnabled(cycle.status().canAdvance());
        // a draw is final: drawing again is a redraw, with a reason, that keeps the earlier draw in the record
        draw.setEnabled(drawable && sample.isEmpty());
        seed.setEnabled(drawable && sample.isEmpty());
        redraw.setEnabled(drawable && sample.isPresent());
        verify.setEnabled(sample.isPresent());
        assign.setEnabled(sample.isPresent() && !cycle.locked());
        moderationSeed.setEnabled(sample.isPresent() && !cycle.locked());
        samplePanel.show(cycle, sample, samples.earlierDraws(cycle.id()));
        showNextStep(cycle, sample.isPresent());
    }

    private void showNextStep(CycleSummary cycle, boolean drawn) {
        nextStep.removeAll();
        if (cycle.locked()) {
            nextStep.add(new com.vaadin.flow.component.html.Span(
                    "Next: the audits and moderations are in the auditors' "
                    + "lists; follow them under "), new com.vaadin.flow.component.html.Anchor("audit-results",
                    "Audit results"));
        } else if (drawn) {
            nextStep.setText("Next: check the sample (verify, exclude a case with a reason), then assign auditors and "
                    + "moderators: that creates the audits and moderations.");
        } else if (cycle.status().canDraw()) {
            nextStep.setText("Next: draw the sample.");
        }
    }

    private void confirmRedraw(CycleSummary cycle) {
        Dialog dialog = new Dialog();
        dialog.setId("redraw-dialog");
        dialog.setHeaderTitle("Draw the sample of " + cycle.name() + " again?");
        dialog.add(new com.vaadin.flow.component.html.Paragraph("A draw is final. Drawing again replaces this sample "
                + "with a new one; the present draw stays in the sample record with your reason, and the committee "
                + "pack's methodology lists it."));
        TextArea reason = new TextArea("Reason for drawing again");
        reason.setId("redraw-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        TextField newSeed = new TextField("Seed (blank: generated)");
        newSeed.setId("redraw-seed");
        dialog.add(reason, newSeed);
        Button confirm = new Button("Draw again", e -> {
            Long chosenSeed;
            try {
                chosenSeed = newSeed.getValue().isBlank() ? null : Long.parseLong(newSeed.getValue().strip()
                        .replace(",", ""));
            } catch (NumberFormatException ex) {
                newSeed.setInvalid(true);
                newSeed.setErrorMessage("The seed must be a whole number");
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give a reason for drawing the sample again");
                return;
            }
            dialog.close();
            act(cycle.id(), () -> {
                SampleDrawn drawn = samples.redraw(cycle.id(), cycle.version(), chosenSeed, reason.getValue());
                return "Drew again: " + drawn.sampleSize() + " cases and " + drawn.reserveCount() + " reserves from "
                        + drawn.populationSize() + " with seed " + drawn.seed()
                        + "; the earlier draw is kept in the record";
            });
        });
        confirm.setId("confirm-redraw");
        Dialogs.dangerFooter(dialog, confirm, "Cancel", "cancel-redraw");
        dialog.open();
    }

    private void draw(CycleSummary cycle) {
        Long chosenSeed;
        try {
            chosenSeed = seed.getValue().isBlank() ? null : Long.parseLong(seed.getValue().strip().replace(",", ""));
            seed.setInvalid(false);
        } catch (NumberFormatException e) {
            seed.setInvalid(true);
            seed.setErrorMessage("The seed must be a whole number");
            return;
        }
        act(cycle.id(), () -> {
            SampleDrawn drawn = samples.draw(cycle.id(), cycle.version(), chosenSeed);
            seed.clear();
            return "Drew " + drawn.sampleSize() + " cases and " + drawn.reserveCount() + " reserves from "
                    + drawn.populationSize() + " with seed " + drawn.seed();
        });
    }

    private void verify(CycleSummary cycle) {
        try {
            VerifyResult result = samples.verify(cycle.id());
            verifyResult.setText((result.confirmed() ? "Confirmed. " : "Differences found. ") + result.summary());
        } catch (SamplingException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void assign(CycleSummary cycle) {
        Long chosenSeed;
        try {
            chosenSeed = moderationSeed.getValue().isBlank() ? null : Long.parseLong(moderationSeed.getValue().strip());
            moderationSeed.setInvalid(false);
        } catch (NumberFormatException e) {
            moderationSeed.setInvalid(true);
            moderationSeed.setErrorMessage("The seed must be a whole number");
            return;
        }
        act(cycle.id(), () -> {
            return samples.assignAndCreateWork(cycle.id(), cycle.version(), chosenSeed).describe();
        });
    }

    private void advance(CycleSummary cycle) {
        act(cycle.id(), () -> "The cycle is now " + cycles.advance(cycle.id(), cycle.version()).status().label()
                .toLowerCase());
    }

    private interface Action {
        String run();
    }

    private void act(long cycleId, Action action) {
        try {
            String message = action.run();
            refresh(cycleId);
            Notifications.success(message);
        } catch (SamplingException e) {
            verifyResult.setText(e.getMessage());
            Notifications.error(e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            refresh(cycleId);
            Notifications.concurrentChange("this cycle", "it has been reloaded");
        }
    }

    private void openEditor(CycleSummary existing) {
        new CycleEditorDialog(templates, samples, cycles, existing, this::refresh).open();
    }

    private Optional<CycleSummary> selected() {
        return cycleGrid.getSelectedItems().stream().findFirst();
    }
}
