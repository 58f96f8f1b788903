package org.caseaudit.findings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.caseaudit.findings.ActionItem;
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
        result.ifPresent(r -> {
            box.add(new H4("Re-audit: did the change take hold?"));
            box.add(new Paragraph(r.reauditCycleName() + " \u2014 audits done " + r.progress().done() + " of "
                    + r.progress().audits()));
            Grid<ReAuditResult.Row> grid = new Grid<>();
            grid.setId("reaudit-result");
            grid.addColumn(ReAuditResult.Row::question).setHeader("Question").setFlexGrow(3);
            grid.addColumn(row -> describe(row.before())).setHeader("Before (finding's cycle)").setAutoWidth(true);
            grid.addColumn(row -> describe(row.after())).setHeader("After (re-audit)").setAutoWidth(true);
            grid.setItems(r.rows());
            grid.setAllRowsVisible(true);
            box.add(grid);
        });
        return box;
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
