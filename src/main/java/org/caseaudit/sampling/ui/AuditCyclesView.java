package org.caseaudit.sampling.ui;

import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.UkDatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.AttributeSampleSize;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.FramePreview;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SampleDrawn;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.sampling.VerifyResult;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
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
    private final Grid<AllocationRow> allocationGrid = new Grid<>();
    private final Grid<SampleItemInfo> itemGrid = new Grid<>();
    /** The sample whose items the grid shows (items are excluded by the sample's id and their draw order). */
    private Long shownSampleId;
    private final H3 detailHeading = new H3();
    private final Div record = new Div();
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
    private final Button exclude = new Button("Exclude case", e -> selectedItem().ifPresent(this::confirmExclude));
    private final VerticalLayout detail = new VerticalLayout();

    AuditCyclesView(AuditCycleService cycles, SampleService samples, TemplateService templates) {
        this.cycles = cycles;
        this.samples = samples;
        this.templates = templates;
        setSizeFull();

        cycleGrid.setId("cycles-grid");
        Layouts.wrapCells(cycleGrid);
        cycleGrid.addColumn(CycleSummary::name).setHeader("Cycle").setWidth("14em").setFlexGrow(2);
        cycleGrid.addColumn(c -> Formats.date(c.periodStart()) + " - " + Formats.date(c.periodEnd())).setHeader("Period").setAutoWidth(true);
        cycleGrid.addColumn(c -> Formats.date(c.dueDate())).setHeader("Due").setAutoWidth(true);
        cycleGrid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        cycleGrid.addColumn(c -> c.locked() ? "Assigned (locked)" : c.sampleDrawn() ? "Drawn" : "Not drawn").setHeader("Sample").setAutoWidth(true);
        cycleGrid.setAllRowsVisible(true);
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
        exclude.setId("exclude-item");
        record.setId("sample-record");
        nextStep.setId("cycle-next-step");
        verifyResult.setId("verify-result");
        verifyResult.getElement().setAttribute("role", "status");

        allocationGrid.setId("allocation-grid");
        allocationGrid.addColumn(AllocationRow::stratum).setHeader("Team").setFlexGrow(2);
        allocationGrid.addColumn(AllocationRow::population).setHeader("In frame");
        allocationGrid.addColumn(r -> r.quota().toPlainString()).setHeader("Exact quota");
        allocationGrid.addColumn(AllocationRow::sample).setHeader("Sample");
        allocationGrid.addColumn(AllocationRow::reserves).setHeader("Reserves");
        allocationGrid.setAllRowsVisible(true);

        itemGrid.setId("items-grid");
        itemGrid.addColumn(SampleItemInfo::drawOrder).setHeader("Order").setAutoWidth(true).setFlexGrow(0);
        itemGrid.addColumn(SampleItemInfo::caseReference).setHeader("Case").setAutoWidth(true);
        itemGrid.addColumn(SampleItemInfo::team).setHeader("Team").setFlexGrow(1);
        itemGrid.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        itemGrid.addColumn(i -> i.auditor() == null ? "" : i.auditor()).setHeader("Auditor").setAutoWidth(true);
        itemGrid.addColumn(i -> i.moderator() == null ? "" : i.moderator()).setHeader("Moderator").setAutoWidth(true);
        itemGrid.addColumn(i -> i.reason() == null ? "" : i.reason()).setHeader("Reason").setFlexGrow(2);
        itemGrid.addSelectionListener(e -> exclude.setEnabled(selectedItem().filter(SampleItemInfo::active).isPresent()));

        detail.setPadding(false);
        detail.add(detailHeading, nextStep, Layouts.toolbar(edit, advance),
                Layouts.toolbar(seed, draw, redraw, verify), Layouts.toolbar(moderationSeed, assign),
                verifyResult, record, allocationGrid, Layouts.toolbar(exclude), itemGrid);
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
        boolean drawable = !cycle.locked() && (cycle.status().ordinal() <= 1);
        edit.setEnabled(!cycle.locked());
        advance.setEnabled(cycle.status().ordinal() >= 2 && cycle.status().ordinal() < 4);
        // a draw is final: drawing again is a redraw, with a reason, that keeps the earlier draw in the record
        draw.setEnabled(drawable && sample.isEmpty());
        seed.setEnabled(drawable && sample.isEmpty());
        redraw.setEnabled(drawable && sample.isPresent());
        verify.setEnabled(sample.isPresent());
        assign.setEnabled(sample.isPresent() && !cycle.locked());
        moderationSeed.setEnabled(sample.isPresent() && !cycle.locked());
        exclude.setEnabled(false);
        List<org.caseaudit.sampling.EarlierDraw> earlier = samples.earlierDraws(cycle.id());
        record.setText(sample.map(AuditCyclesView::methodology).map(m -> m + earlier(earlier))
                .orElse("Frame: " + cycle.frame().describe() + ". Design: " + cycle.design().describe() + ". No sample drawn yet.")
                + (cycle.blindModeration() ? " Moderation is blind."
                        : " Moderation is open: moderators see the auditor's answers while they work."));
        List<AllocationRow> allocation = sample.map(SampleRecord::allocation).orElse(List.of());
        allocationGrid.setItems(allocation);
        allocationGrid.setVisible(!allocation.isEmpty());
        itemGrid.setItems(sample.map(SampleRecord::items).orElse(List.of()));
        shownSampleId = sample.map(SampleRecord::id).orElse(null);
        showNextStep(cycle, sample.isPresent());
    }

    private void showNextStep(CycleSummary cycle, boolean drawn) {
        nextStep.removeAll();
        if (cycle.locked()) {
            nextStep.add(new com.vaadin.flow.component.html.Span("Next: the audits and moderations are in the auditors' "
                    + "lists; follow them under "), new com.vaadin.flow.component.html.Anchor("audit-results", "Audit results"));
        } else if (drawn) {
            nextStep.setText("Next: check the sample (verify, exclude a case with a reason), then assign auditors and "
                    + "moderators: that creates the audits and moderations.");
        } else if (cycle.status().ordinal() <= 1) {
            nextStep.setText("Next: draw the sample.");
        }
    }

    static String methodology(SampleRecord r) {
        return "Frame: " + r.frameDescription() + ". Population " + r.populationSize() + " cases; SHA-256 of the "
                + "sorted case ids " + r.frameSha256() + ". Design: " + r.designDescription() + ". Method "
                + r.method().label() + ", " + r.methodVersion() + "; seed " + r.seed()
                + (r.seedGenerated() ? " (generated)" : " (entered)") + ". Drawn " + r.sampleSize() + " + "
                + r.reserveCount() + " reserves by " + r.drawnBy() + " on " + Formats.dateTime(r.drawnAt()) + "."
                + (r.locked() ? " Assigned and locked by " + r.lockedBy() + " on " + Formats.dateTime(r.lockedAt())
                + "; moderation " + r.moderationPercent() + "%, seed " + r.moderationSeed() + "." : "");
    }

    /** The earlier draws a redraw replaced, each with its reason, for the record on screen. */
    static String earlier(List<org.caseaudit.sampling.EarlierDraw> earlier) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < earlier.size(); i++) {
            text.append(" Earlier draw ").append(i + 1).append(": ").append(earlier.get(i).describe(Formats::dateTime))
                    .append('.');
        }
        return text.toString();
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
                chosenSeed = newSeed.getValue().isBlank() ? null : Long.parseLong(newSeed.getValue().strip().replace(",", ""));
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
                        + drawn.populationSize() + " with seed " + drawn.seed() + "; the earlier draw is kept in the record";
            });
        });
        confirm.setId("confirm-redraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-redraw");
        dialog.getFooter().add(cancel, confirm);
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
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
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
        act(cycle.id(), () -> "The cycle is now " + cycles.advance(cycle.id(), cycle.version()).status().label().toLowerCase());
    }

    private void confirmExclude(SampleItemInfo item) {
        Dialog dialog = new Dialog();
        dialog.setId("exclude-dialog");
        dialog.setHeaderTitle("Exclude " + item.caseReference() + "?");
        TextArea reason = new TextArea("Reason");
        reason.setId("exclude-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button("Exclude and take the next reserve", e -> {
            try {
                Optional<SampleItemInfo> replacement = samples.exclude(shownSampleId, item.drawOrder(), item.version(),
                        reason.getValue());
                dialog.close();
                refresh(selected().map(CycleSummary::id).orElse(null));
                notify(replacement.map(r -> item.caseReference() + " excluded; reserve " + r.caseReference() + " replaces it")
                        .orElse(item.caseReference() + " excluded; no reserve was left to replace it"), NotificationVariant.LUMO_SUCCESS);
            } catch (SamplingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            } catch (ObjectOptimisticLockingFailureException ex) {
                dialog.close();
                refresh(selected().map(CycleSummary::id).orElse(null));
                notify("Someone changed this sample meanwhile; it has been reloaded", NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("confirm-exclude");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private interface Action {
        String run();
    }

    private void act(long cycleId, Action action) {
        try {
            String message = action.run();
            refresh(cycleId);
            notify(message, NotificationVariant.LUMO_SUCCESS);
        } catch (SamplingException e) {
            verifyResult.setText(e.getMessage());
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (ObjectOptimisticLockingFailureException e) {
            refresh(cycleId);
            notify("Someone changed this cycle meanwhile; it has been reloaded", NotificationVariant.LUMO_ERROR);
        }
    }

    private void openEditor(CycleSummary existing) {
        new CycleEditor(existing).open();
    }

    /** The create / edit dialog: cycle, frame (with its size), design (with size advice). */
    private final class CycleEditor {
        private final CycleSummary existing;
        private final Dialog dialog = new Dialog();
        private final TextField name = new TextField("Name");
        private final ComboBox<TemplateVersionSummary> template = new ComboBox<>("Checklist template");
        private final DatePicker from = UkDatePickers.create("Period from", "period-from");
        private final DatePicker to = UkDatePickers.create("Period to", "period-to");
        private final DatePicker due = UkDatePickers.create("Audits due", "due-date");
        private final Select<FrameDefinition.DateField> dateField = new Select<>();
        private final MultiSelectComboBox<String> teams = new MultiSelectComboBox<>("Teams (none: all)");
        private final MultiSelectComboBox<String> outcomes = new MultiSelectComboBox<>("S47 outcomes (none: all)");
        private final IntegerField excludeMonths = new IntegerField("Leave out cases sampled in the last N months");
        private final TextArea exclusions = new TextArea("Exclude by reference (one per line: reference, reason)");
        private final Div frameSize = new Div();
        private final Select<SamplingMethod> method = new Select<>();
        private final Select<String> sizeType = new Select<>();
        private final IntegerField cases = new IntegerField("Number of cases");
        private final BigDecimalField percent = new BigDecimalField("Percentage");
        private final IntegerField atLeast = new IntegerField("At least");
        private final IntegerField atMost = new IntegerField("At most");
        private final IntegerField reserves = new IntegerField("Reserves");
        private final Select<Allocation> allocation = new Select<>();
        private final Checkbox atLeastOne = new Checkbox("At least 1 per team");
        private final IntegerField moderation = new IntegerField("Moderation share (%)");
        private final com.vaadin.flow.component.checkbox.Checkbox blind = new com.vaadin.flow.component.checkbox.Checkbox(
                "Blind moderation: the moderator sees the auditor's answers only after submitting their own");
        private final Select<String> confidence = new Select<>();
        private final BigDecimalField expected = new BigDecimalField("Expected deviation rate (%)");
        private final BigDecimalField tolerable = new BigDecimalField("Tolerable deviation rate (%)");
        private final Div advice = new Div();
        private final Map<String, HasValidation> fields = new HashMap<>();

        CycleEditor(CycleSummary existing) {
            this.existing = existing;
            dialog.setId("cycle-editor");
            dialog.setHeaderTitle(existing == null ? "New audit cycle" : "Edit " + existing.name());
            dialog.setWidth("60rem");
            name.setId("cycle-name");
            name.setMaxLength(200);
            template.setId("cycle-template");
            template.setItems(templates.versions());
            template.setItemLabelGenerator(t -> t.title() + " (" + t.templateId() + " v" + t.version() + ")");
            template.setClearButtonVisible(true);
            dateField.setId("frame-date-field");
            dateField.setLabel("Date field");
            dateField.setItems(FrameDefinition.DateField.values());
            dateField.setItemLabelGenerator(FrameDefinition.DateField::label);
            dateField.setValue(FrameDefinition.DateField.S47_START);
            teams.setId("frame-teams");
            teams.setItems(samples.teams());
            outcomes.setId("frame-outcomes");
            outcomes.setItems(java.util.Arrays.stream(org.caseaudit.cases.S47Outcome.values()).map(Enum::name).toList());
            outcomes.setItemLabelGenerator(code -> org.caseaudit.cases.S47Outcome.valueOf(code).label());
            excludeMonths.setId("frame-exclude-months");
            excludeMonths.setValue(0);
            excludeMonths.setMin(0);
            exclusions.setId("frame-exclusions");
            frameSize.setId("frame-size");
            frameSize.getElement().setAttribute("role", "status");
            Button previewFrame = new Button("Show frame size", e -> preview());
            previewFrame.setId("preview-frame");

            method.setId("design-method");
            method.setLabel("Method");
            method.setItems(SamplingMethod.values());
            method.setItemLabelGenerator(SamplingMethod::label);
            method.setValue(SamplingMethod.STRATIFIED);
            sizeType.setId("design-size-type");
            sizeType.setLabel("Size as");
            sizeType.setItems("Percentage", "Number");
            sizeType.setValue("Percentage");
            cases.setId("design-cases");
            percent.setId("design-percent");
            percent.setValue(BigDecimal.TEN);
            atLeast.setId("design-at-least");
            atLeast.setValue(10);
            atMost.setId("design-at-most");
            reserves.setId("design-reserves");
            reserves.setValue(5);
            allocation.setId("design-allocation");
            allocation.setLabel("Allocation");
            allocation.setItems(Allocation.values());
            allocation.setItemLabelGenerator(a -> a == Allocation.PROPORTIONAL ? "Proportional" : "Equal");
            allocation.setValue(Allocation.PROPORTIONAL);
            atLeastOne.setId("design-at-least-one");
            atLeastOne.setValue(true);
            moderation.setId("moderation-percent");
            moderation.setValue(20);
            blind.setId("moderation-blind");
            blind.setValue(true);
            confidence.setId("advice-confidence");
            confidence.setLabel("Confidence");
            confidence.setItems("90%", "95%");
            confidence.setValue("95%");
            expected.setId("advice-expected");
            expected.setValue(BigDecimal.ONE);
            tolerable.setId("advice-tolerable");
            tolerable.setValue(BigDecimal.TEN);
            advice.setId("size-advice");
            Button adviseButton = new Button("Advise a size", e -> advise());
            adviseButton.setId("advise-size");
            method.addValueChangeListener(e -> showDesignFields());
            sizeType.addValueChangeListener(e -> showDesignFields());

            fields.put("name", name);
            fields.put("template", template);
            fields.put("period", from);
            fields.put("dueDate", due);
            fields.put("excludeAuditedWithinMonths", excludeMonths);
            fields.put("excludedReferences", exclusions);
            fields.put("size", percent);
            fields.put("reserves", reserves);
            fields.put("moderationPercent", moderation);

            // a new cycle starts from the latest one's settings for the period after it (NextCycle)
            fill(existing != null ? existing.details() : cycles.suggestNext());
            showDesignFields();
            FormLayout cycleForm = new FormLayout(name, template, from, to, due, moderation, blind);
            FormLayout frameForm = new FormLayout(dateField, excludeMonths, teams, outcomes, exclusions);
            frameForm.setColspan(exclusions, 2);
            FormLayout designForm = new FormLayout(method, sizeType, cases, percent, atLeast, atMost, reserves,
                    allocation, atLeastOne);
            FormLayout adviceForm = new FormLayout(confidence, expected, tolerable);
            dialog.add(cycleForm, new H3("Frame"), frameForm, new HorizontalLayout(previewFrame, frameSize),
                    new H3("Sample design"), designForm, new H3("Sample-size advice (attribute sampling)"), adviceForm,
                    new HorizontalLayout(adviseButton, advice));
            Button save = new Button(existing == null ? "Create cycle" : "Save changes", e -> save());
            save.setId("save-cycle");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button("Cancel", e -> dialog.close());
            cancel.setId("cancel-cycle");
            dialog.getFooter().add(cancel, save);
        }

        void open() {
            dialog.open();
        }

        private void fill(CycleDetails c) {
            name.setValue(c.name() == null ? "" : c.name());
            templates.versions().stream().filter(t -> t.templateId().equals(c.templateId())
                    && Integer.valueOf(t.version()).equals(c.templateVersion())).findFirst().ifPresent(template::setValue);
            FrameDefinition f = c.frame();
            from.setValue(f.from());
            to.setValue(f.to());
            due.setValue(c.dueDate());
            dateField.setValue(f.dateField());
            teams.setValue(new java.util.HashSet<>(f.teams()));
            outcomes.setValue(new java.util.HashSet<>(f.outcomes()));
            excludeMonths.setValue(f.excludeAuditedWithinMonths());
            exclusions.setValue(String.join("\n", f.excludedReferences().stream()
                    .map(e -> e.reference() + ", " + e.reason()).toList()));
            moderation.setValue(c.moderationPercent());
            blind.setValue(c.blindModeration());
            SampleDesign d = c.design();
            if (d == null) {
                return;
            }
            method.setValue(d.method());
            switch (d.size()) {
                case SampleSize.Fixed fixed -> {
                    sizeType.setValue("Number");
                    cases.setValue(fixed.cases());
                }
                case SampleSize.Percentage p -> {
                    sizeType.setValue("Percentage");
                    percent.setValue(p.percent());
                    atLeast.setValue(p.atLeast());
                    atMost.setValue(p.atMost());
                }
            }
            reserves.setValue(d.reserves());
            if (d.allocation() != null) {
                allocation.setValue(d.allocation());
            }
            atLeastOne.setValue(d.atLeastOnePerStratum());
        }

        private void showDesignFields() {
            boolean number = "Number".equals(sizeType.getValue());
            cases.setVisible(number);
            percent.setVisible(!number);
            atLeast.setVisible(!number);
            atMost.setVisible(!number);
            boolean stratified = method.getValue() == SamplingMethod.STRATIFIED;
            allocation.setVisible(stratified);
            atLeastOne.setVisible(stratified);
        }

        private FrameDefinition frame() {
            List<FrameDefinition.ReferenceExclusion> excluded = new ArrayList<>();
            String[] lines = exclusions.getValue().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new SamplingException("excludedReferences", "Line " + (i + 1)
                            + ": write the reference, a comma, then the reason");
                }
                excluded.add(new FrameDefinition.ReferenceExclusion(line.substring(0, comma), line.substring(comma + 1)));
            }
            return new FrameDefinition(dateField.getValue(), from.getValue(), to.getValue(),
                    new ArrayList<>(teams.getValue()), new ArrayList<>(outcomes.getValue()),
                    excludeMonths.getValue() == null ? 0 : excludeMonths.getValue(), excluded);
        }

        private SampleDesign design() {
            SampleSize size;
            if ("Number".equals(sizeType.getValue())) {
                if (cases.getValue() == null) {
                    throw new SamplingException("size", "Enter the number of cases");
                }
                size = new SampleSize.Fixed(cases.getValue());
            } else {
                size = new SampleSize.Percentage(percent.getValue(), atLeast.getValue(), atMost.getValue());
            }
            return new SampleDesign(method.getValue(), size, reserves.getValue() == null ? 0 : reserves.getValue(),
                    allocation.getValue(), atLeastOne.getValue());
        }

        private void preview() {
            clearErrors();
            try {
                FramePreview p = samples.preview(frame(), existing == null ? null : existing.id());
                StringBuilder text = new StringBuilder("The frame holds " + p.size() + " cases");
                if (!p.teams().isEmpty()) {
                    text.append(" (").append(String.join(", ", p.teams().stream().map(t -> t.team() + " " + t.cases()).toList())).append(")");
                }
                text.append(".");
                if (!p.excludedByReference().isEmpty()) {
                    text.append(" Excluded by reference: ").append(String.join(", ", p.excludedByReference())).append(".");
                }
                if (p.excludedAsRecentlySampled() > 0) {
                    text.append(" Left out as recently sampled: ").append(p.excludedAsRecentlySampled()).append(".");
                }
                if (!p.unknownReferences().isEmpty()) {
                    text.append(" Not in the frame anyway: ").append(String.join(", ", p.unknownReferences())).append(".");
                }
                frameSize.setText(text.toString());
            } catch (SamplingException e) {
                showError(e);
            }
        }

        private void advise() {
            try {
                BigDecimal hundred = BigDecimal.valueOf(100);
                Integer population = null;
                try {
                    population = samples.preview(frame(), existing == null ? null : existing.id()).size();
                } catch (SamplingException e) {
                    population = null;
                }
                AttributeSampleSize.Advice a = samples.advise(
                        new BigDecimal(confidence.getValue().replace("%", "")).divide(hundred),
                        expected.getValue() == null ? BigDecimal.ZERO : expected.getValue().divide(hundred),
                        tolerable.getValue() == null ? null : tolerable.getValue().divide(hundred),
                        population == null || population == 0 ? null : population);
                advice.setText(a.explanation() + ". " + a.plain());
            } catch (SamplingException e) {
                advice.setText(e.getMessage());
            }
        }

        private void save() {
            clearErrors();
            try {
                Optional<TemplateVersionSummary> t = Optional.ofNullable(template.getValue());
                CycleDetails details = new CycleDetails(name.getValue(), t.map(TemplateVersionSummary::templateId).orElse(null),
                        t.map(TemplateVersionSummary::version).orElse(null), due.getValue(), frame(), design(),
                        moderation.getValue() == null ? 0 : moderation.getValue(), blind.getValue());
                CycleSummary saved = existing == null ? cycles.create(details)
                        : cycles.update(existing.id(), existing.version(), details);
                dialog.close();
                refresh(saved.id());
                AuditCyclesView.notify((existing == null ? "Created " : "Saved ") + saved.name(), NotificationVariant.LUMO_SUCCESS);
            } catch (SamplingException e) {
                showError(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                dialog.close();
                refresh(existing == null ? null : existing.id());
                AuditCyclesView.notify("Someone changed this cycle meanwhile; it has been reloaded", NotificationVariant.LUMO_ERROR);
            }
        }

        private void showError(SamplingException e) {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(e.getMessage());
            } else {
                frameSize.setText(e.getMessage());
            }
            AuditCyclesView.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }

        private void clearErrors() {
            fields.values().forEach(f -> f.setInvalid(false));
        }
    }

    private Optional<CycleSummary> selected() {
        return cycleGrid.getSelectedItems().stream().findFirst();
    }

    private Optional<SampleItemInfo> selectedItem() {
        return itemGrid.getSelectedItems().stream().findFirst();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
