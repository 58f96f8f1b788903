package org.caseaudit.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.EarlierDraw;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The sample of one cycle: its record (methodology, earlier draws, moderation mode), the allocation per team when
 * stratified, and the drawn list, where a case is excluded with a reason and the next reserve takes its place.
 * {@code onChanged} is called after an exclusion (or a clash) so the owner reloads the cycle.
 */
final class SamplePanel extends VerticalLayout {

    private final SampleService samples;
    private final Runnable onChanged;
    private final Div record = new Div();
    private final Grid<AllocationRow> allocationGrid = new Grid<>();
    private final Grid<SampleItemInfo> itemGrid = new Grid<>();
    private final Button exclude = new Button("Exclude case", e -> selectedItem().ifPresent(this::confirmExclude));
    /** The sample whose items the grid shows (items are excluded by the sample's id and their draw order). */
    private Long shownSampleId;

    SamplePanel(SampleService samples, Runnable onChanged) {
        this.samples = samples;
        this.onChanged = onChanged;
        setPadding(false);
        setId("sample-panel");
        record.setId("sample-record");
        exclude.setId("exclude-item");

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
        itemGrid.addSelectionListener(e -> exclude.setEnabled(selectedItem().filter(SampleItemInfo::active)
                .isPresent()));

        add(record, allocationGrid, Layouts.toolbar(exclude), itemGrid);
    }

    /** Shows a cycle's sample (or, before a draw, its frame and design). */
    void show(CycleSummary cycle, Optional<SampleRecord> sample, List<EarlierDraw> earlier) {
        exclude.setEnabled(false);
        record.setText(sample.map(SamplePanel::methodology).map(m -> m + earlier(earlier))
                .orElse("Frame: " + cycle.frame().describe() + ". Design: " + cycle.design().describe()
                        + ". No sample drawn yet.")
                + (cycle.blindModeration() ? " Moderation is blind."
                        : " Moderation is open: moderators see the auditor's answers while they work."));
        List<AllocationRow> allocation = sample.map(SampleRecord::allocation).orElse(List.of());
        allocationGrid.setItems(allocation);
        allocationGrid.setVisible(!allocation.isEmpty());
        itemGrid.setItems(sample.map(SampleRecord::items).orElse(List.of()));
        shownSampleId = sample.map(SampleRecord::id).orElse(null);
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
    static String earlier(List<EarlierDraw> earlier) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < earlier.size(); i++) {
            text.append(" Earlier draw ").append(i + 1).append(": ").append(earlier.get(i).describe(Formats::dateTime))
                    .append('.');
        }
        return text.toString();
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
                onChanged.run();
                Notifications.success(replacement.map(r -> item.caseReference() + " excluded; reserve "
                        + r.caseReference() + " replaces it")
                        .orElse(item.caseReference() + " excluded; no reserve was left to replace it"));
            } catch (SamplingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            } catch (ObjectOptimisticLockingFailureException ex) {
                dialog.close();
                onChanged.run();
                Notifications.concurrentChange("this sample", "it has been reloaded");
            }
        });
        confirm.setId("confirm-exclude");
        Dialogs.dangerFooter(dialog, confirm, "Cancel", null);
        dialog.open();
    }

    private Optional<SampleItemInfo> selectedItem() {
        return itemGrid.getSelectedItems().stream().findFirst();
    }
}
