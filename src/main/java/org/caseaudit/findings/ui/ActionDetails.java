package org.caseaudit.findings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.function.Function;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.ReAuditResult;
import org.caseaudit.shared.ui.Formats;

/** An action's progress notes, evidence and re-audit result, read-only. */
final class ActionDetails {

    private ActionDetails() {
    }

    static VerticalLayout of(ActionItem a, Optional<ReAuditResult> result) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4("Progress notes"));
        UnorderedList notes = new UnorderedList();
        notes.setId("action-notes");
        a.notes().forEach(n -> notes.add(new ListItem(Formats.date(n.notedOn()) + " (" + n.author() + "): "
                + n.text())));
        if (a.notes().isEmpty()) {
            notes.add(new ListItem("No progress notes yet."));
        }
        box.add(notes);
        if (a.evidence() != null) {
            Paragraph evidence = new Paragraph("Evidence of completion (" + Formats.date(a.completedOn()) + ", "
                    + a.completedBy() + "): " + a.evidence());
            evidence.setId("action-evidence-text");
            box.add(evidence);
        }
        result.ifPresent(r -> reAudit(box, r, ActionDetails::describe));
        return box;
    }

    /**
     * The panel's view of an action: no free text (progress notes, evidence) and re-audit figures under the
     * disclosure-control policy, as in the anonymised progress report.
     */
    static VerticalLayout forPanel(ActionItem a, Optional<ReAuditResult> result) {
        return forPanel(a, result, DisclosureControl.standard());
    }

    /** As {@link #forPanel(ActionItem, Optional)} under the configured policy. */
    static VerticalLayout forPanel(ActionItem a, Optional<ReAuditResult> result, DisclosureControl policy) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Paragraph notes = new Paragraph(a.notes().isEmpty() ? "No progress notes yet."
                : a.notes().size() + (a.notes().size() == 1 ? " progress note" : " progress notes") + ", the latest on "
                + Formats.date(a.notes().getLast().notedOn()) + " (free text: in the full version only).");
        notes.setId("action-notes");
        box.add(new H4("Progress notes"), notes);
        if (a.completedOn() != null) {
            Paragraph evidence = new Paragraph("Completed on " + Formats.date(a.completedOn())
                    + " with evidence (in the full version only).");
            evidence.setId("action-evidence-text");
            box.add(evidence);
        }
        result.ifPresent(r -> reAudit(box, r, q -> protectedShare(q, policy)));
        return box;
    }

    /** The re-audit's before and after per re-checked question, each figure written by {@code figure}. */
    private static void reAudit(VerticalLayout box, ReAuditResult r, Function<QuestionCompliance, String> figure) {
        box.add(new H4("Re-audit: did the change take hold?"));
        box.add(new Paragraph(r.reauditCycleName() + " \u2014 audits done " + r.progress().done() + " of "
                + r.progress().audits()));
        Grid<ReAuditResult.Row> grid = new Grid<>();
        grid.setId("reaudit-result");
        grid.addColumn(ReAuditResult.Row::question).setHeader("Question").setFlexGrow(3);
        grid.addColumn(row -> figure.apply(row.before())).setHeader("Before (finding's cycle)").setAutoWidth(true);
        grid.addColumn(row -> figure.apply(row.after())).setHeader("After (re-audit)").setAutoWidth(true);
        grid.setItems(r.rows());
        grid.setAllRowsVisible(true);
        box.add(grid);
    }

    /** "c of 10 files" or "7 of 12 files (58%)": one row protected on its own. */
    static String protectedShare(QuestionCompliance q) {
        return protectedShare(q, DisclosureControl.standard());
    }

    static String protectedShare(QuestionCompliance q, DisclosureControl policy) {
        return q == null || q.audited() == 0 ? "\u2014" : policy.share(q.compliant(), q.audited());
    }

    static String describe(QuestionCompliance q) {
        if (q == null) {
            return "\u2014";
        }
        String text = q.describe();
        if (q.interval() != null) {
            text += ", 95% interval " + q.interval().describe();
        }
        return q.smallSample() && q.audited() > 0 ? text + " (small sample)" : text;
    }
}
