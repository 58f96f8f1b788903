package org.caseaudit.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.shared.ui.Formats;

/** The facts of one case, as auditors will see them beside their checklist. Absent facts say "not recorded". */
class CaseFactsPanel extends Div {

    CaseFactsPanel() {
        setId("case-facts");
        addClassName("case-facts");
        getStyle().set("min-width", "22rem").set("max-width", "28rem").set("overflow", "auto");
        showNothing();
    }

    void showNothing() {
        removeAll();
        add(new Paragraph("Select a case to see its facts."));
    }

    void show(CaseFacts facts) {
        removeAll();
        H3 title = new H3("Case " + facts.data().caseReference());
        title.setId("case-facts-title");
        add(title, line("Source system", facts.source()));
        for (CaseField field : CaseField.values()) {
            add(line(field.label(), text(facts.data().value(field))));
        }
        if (facts.timescales() != null) {
            H3 heading = new H3("Timescales");
            heading.setId("case-timescales");
            add(heading);
            for (MeasureResult r : facts.timescales().results()) {
                Div row = line(r.measure().label(), r.status().label());
                row.setId("timescale-" + r.measure().name().toLowerCase(java.util.Locale.ROOT));
                row.getElement().setAttribute("title", r.explanation() == null ? "" : r.explanation());
                add(row);
                if (r.explanation() != null && !r.explanation().isBlank()) {
                    Paragraph how = new Paragraph(r.explanation());
                    how.getStyle().set("margin", "0 0 0.4rem 0").set("font-size", "var(--lumo-font-size-s)")
                            .set("color", "var(--lumo-secondary-text-color)");
                    add(how);
                }
            }
        }
        add(line("Last changed by an import", facts.updatedAt() == null ? ""
                : Formats.dateTime(facts.updatedAt().toInstant(java.time.ZoneOffset.UTC))));
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "not recorded";
            case LocalDate d -> Formats.date(d);
            case Boolean b -> b ? "Yes" : "No";
            case S47Outcome o -> o.label();
            case List<?> l when l.isEmpty() -> "not recorded";
            case List<?> l -> String.join(", ", l.stream().map(x -> x instanceof LocalDate d ? Formats.date(d)
                    : String.valueOf(x)).toList());
            default -> value.toString();
        };
    }

    private static Div line(String label, String value) {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("gap", "0.5rem").set("padding", "0.15rem 0");
        Span l = new Span(label);
        l.getStyle().set("flex", "0 0 55%").set("color", "var(--lumo-secondary-text-color)");
        Span v = new Span(value);
        v.getStyle().set("white-space", "pre-wrap");
        row.add(l, v);
        return row;
    }
}
