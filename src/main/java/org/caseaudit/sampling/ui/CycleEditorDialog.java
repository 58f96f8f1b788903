package org.caseaudit.sampling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AttributeSampleSize;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.FramePreview;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The create / edit dialog of an audit cycle: cycle, frame (with its size), design (with size advice). The fields are
 * bound to a {@link CycleForm} record by a {@code Binder}: what the form alone can tell (a name, shares and counts in
 * range, a period that ends after it starts) is shown on the field as it is typed; the service's refusals land on the
 * field they name. Saving calls {@code onSaved} with the cycle's id (null when a clash reloaded a cycle that is gone),
 * so the list can show it.
 */
final class CycleEditorDialog {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final TemplateService templates;
    private final SampleService samples;
    private final AuditCycleService cycles;
    private final Consumer<Long> onSaved;
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
    private final Binder<CycleForm> binder = new Binder<>(CycleForm.class);

    CycleEditorDialog(TemplateService templates, SampleService samples, AuditCycleService cycles,
            CycleSummary existing, Consumer<Long> onSaved) {
        this.templates = templates;
        this.samples = samples;
        this.cycles = cycles;
        this.onSaved = onSaved;
        this.existing = existing;
        dialog.setId("cycle-editor");
        dialog.setHeaderTitle(existing == null ? "New audit cycle" : "Edit " + existing.name());
        dialog.setWidth("60rem");
        name.setId("cycle-name");
        name.setMaxLength(AuditCycleService.NAME.maxLength());
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
        sizeType.setItems(CycleForm.PERCENTAGE, CycleForm.NUMBER);
        sizeType.setValue(CycleForm.PERCENTAGE);
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

        bind();
        // a new cycle starts from the latest one's settings for the period after it (NextCycle)
        binder.readRecord(CycleForm.of(existing != null ? existing.details() : cycles.suggestNext(),
                templates.versions()));
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
        Dialogs.footer(dialog, save, "cancel-cycle");
    }

    void open() {
        dialog.open();
    }

    private void bind() {
        binder.forField(name).asRequired("Enter a name for the cycle").bind("name");
        binder.forField(template).bind("template");
        binder.forField(from).bind("from");
        binder.forField(to).withValidator(end -> end == null || from.getValue() == null || !end.isBefore(
                from.getValue()),
                "The period ends before it starts").bind("to");
        binder.forField(due).bind("due");
        binder.forField(dateField).bind("dateField");
        binder.forField(teams).bind("teams");
        binder.forField(outcomes).bind("outcomes");
        binder.forField(excludeMonths).withValidator(m -> m == null || m >= 0, "Give 0 or more months")
                .bind("excludeMonths");
        binder.forField(exclusions).bind("exclusions");
        binder.forField(method).bind("method");
        binder.forField(sizeType).bind("sizeType");
        binder.forField(cases).withValidator(n -> n == null || n > 0, "A sample has at least one case").bind("cases");
        binder.forField(percent).withValidator(p -> p == null || (p.signum() > 0 && p.compareTo(HUNDRED) <= 0),
                "A percentage is more than 0 and at most 100").bind("percent");
        binder.forField(atLeast).withValidator(n -> n == null || n >= 0, "Give 0 or more cases").bind("atLeast");
        binder.forField(atMost).withValidator(n -> n == null || n > 0, "Give 1 or more cases").bind("atMost");
        binder.forField(reserves).withValidator(n -> n == null || n >= 0, "Give 0 or more reserves").bind("reserves");
        binder.forField(allocation).bind("allocation");
        binder.forField(atLeastOne).bind("atLeastOne");
        binder.forField(moderation).withValidator(n -> n == null || (n >= 0 && n <= 100),
                "The moderation share is 0 to 100%").bind("moderation");
        binder.forField(blind).bind("blind");
    }

    /** The fields as they stand, unchecked: what the frame preview and the size advice read. */
    private CycleForm current() {
        return new CycleForm(name.getValue(), template.getValue(), from.getValue(), to.getValue(), due.getValue(),
                dateField.getValue(), teams.getValue(), outcomes.getValue(), excludeMonths.getValue(),
                exclusions.getValue(), method.getValue(), sizeType.getValue(), cases.getValue(), percent.getValue(),
                atLeast.getValue(), atMost.getValue(), reserves.getValue(), allocation.getValue(),
                atLeastOne.getValue(),
                moderation.getValue(), blind.getValue());
    }

    private void showDesignFields() {
        boolean number = CycleForm.NUMBER.equals(sizeType.getValue());
        cases.setVisible(number);
        percent.setVisible(!number);
        atLeast.setVisible(!number);
        atMost.setVisible(!number);
        boolean stratified = method.getValue() == SamplingMethod.STRATIFIED;
        allocation.setVisible(stratified);
        atLeastOne.setVisible(stratified);
    }

    private void preview() {
        clearErrors();
        try {
            FramePreview p = samples.preview(current().frame(), existing == null ? null : existing.id());
            StringBuilder text = new StringBuilder("The frame holds " + p.size() + " cases");
            if (!p.teams().isEmpty()) {
                text.append(" (").append(String.join(", ", p.teams().stream().map(t -> t.team() + " " + t.cases())
                        .toList())).append(")");
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
                population = samples.preview(current().frame(), existing == null ? null : existing.id()).size();
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
            CycleDetails details = binder.writeRecord().toDetails();
            CycleSummary saved = existing == null ? cycles.create(details)
                    : cycles.update(existing.id(), existing.version(), details);
            dialog.close();
            onSaved.accept(saved.id());
            Notifications.success((existing == null ? "Created " : "Saved ") + saved.name());
        } catch (SamplingException e) {
            showError(e);
        } catch (ValidationException e) {
            // the Binder has put each message on its field
            Notifications.error("Check the fields marked in the form");
        } catch (ObjectOptimisticLockingFailureException e) {
            dialog.close();
            onSaved.accept(existing == null ? null : existing.id());
            Notifications.concurrentChange("this cycle", "it has been reloaded");
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
        Notifications.error(e.getMessage());
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
