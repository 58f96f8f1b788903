package org.caseaudit.reports;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.reports.WorkbookWriter.Column;
import org.caseaudit.reports.WorkbookWriter.Kind;
import org.caseaudit.shared.ui.Formats;

/**
 * The action-plan workbook as data, and its rendering: the committee's table Issue identified | Action taken by the
 * service | Owner | Due | Status | RAG | Progress notes, with a Status drop-down and red/amber/green fills.
 *
 * <p>Anonymised version (the same rules as the PDFs): the issue and the action are free text nobody has marked
 * reviewed for publication, so the issue shows its theme and the action is left out; the owner may be a person and is
 * left out ("Named in the full version"); progress notes and evidence are left out; re-audit figures and "N of M"
 * phrases follow the small-count rule (1 to 5 as "c"); case references never appear in this workbook.
 */
record ActionPlanWorkbook(String title, boolean anonymised, String marking, List<String> about, List<Item> items,
                          List<String> statuses) {

    static final String SHEET = "Action plan";
    static final String OWNER_WITHHELD = "Named in the full version";
    static final Map<String, String> RAG_FILLS = rag();

    /** One action as the builder receives it (from the findings module). */
    record Input(String reference, String cycle, String theme, String issue, String action, String owner,
                 String ownerRole, LocalDate due,
                 String status, String rag, String ragReason, String progressNotes, String evidence,
                 List<ReAudit> reAudits) {
    }

    /** Compliance with one re-checked question before (the action's cycle) and after (its re-audit). */
    record ReAudit(String question, int beforeCompliant, int beforeAudited, int afterCompliant, int afterAudited) {

        String describe(boolean anonymised) {
            return describe(anonymised ? org.caseaudit.findings.DisclosureControl.standard() : null);
        }

        /** {@code policy} null: the full version, every count printed. */
        String describe(org.caseaudit.findings.DisclosureControl policy) {
            return question + ": before " + figure(beforeCompliant, beforeAudited, policy) + ", after "
                    + (afterAudited == 0 ? "not yet audited" : figure(afterCompliant, afterAudited, policy));
        }

        private static String figure(int compliant, int audited, org.caseaudit.findings.DisclosureControl policy) {
            if (audited == 0) {
                return "none audited";
            }
            if (policy != null) {
                return policy.share(compliant, audited);
            }
            return compliant + " of " + audited + " (" + Math.round(100.0 * compliant / audited) + "%)";
        }
    }

    /** One printed row. */
    record Item(String reference, String cycle, String theme, String issue, String action, String owner, LocalDate due,
                String status, String rag, String progressNotes, String ragReason, String evidence, String reAudit) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Ref.", 7, Kind.TEXT),
            new Column("Cycle", 18, Kind.WRAPPED),
            new Column("Theme", 20, Kind.WRAPPED),
            new Column("Issue identified", 44, Kind.WRAPPED),
            new Column("Action taken by the service", 44, Kind.WRAPPED),
            new Column("Owner", 20, Kind.WRAPPED),
            new Column("Due", 11, Kind.DATE),
            new Column("Status", 13, Kind.TEXT),
            new Column("RAG", 8, Kind.TEXT),
            new Column("Progress notes", 44, Kind.WRAPPED),
            new Column("Why this RAG", 24, Kind.WRAPPED),
            new Column("Evidence of completion", 30, Kind.WRAPPED),
            new Column("Re-audit", 40, Kind.WRAPPED));

    static final int STATUS_COLUMN = 7;
    static final int RAG_COLUMN = 8;
    private static final java.util.regex.Pattern N_OF_M = java.util.regex.Pattern.compile("\\b(\\d+) of (\\d+)\\b");
    /** Drop-down and colours reach this many rows at least, so lines added in Excel get them too. */
    static final int MIN_FORMATTED_ROWS = 200;

    static ActionPlanWorkbook build(String scope, List<Input> inputs, List<String> statuses, boolean anonymised,
                                    String marking, String generatedBy, Instant generatedAt) {
        return build(scope, inputs, statuses, anonymised ? org.caseaudit.findings.DisclosureControl.standard() : null,
                marking, generatedBy, generatedAt);
    }

    /** {@code policy} null: the full version; otherwise the anonymised one under that disclosure-control policy. */
    static ActionPlanWorkbook build(String scope, List<Input> inputs, List<String> statuses,
                                    org.caseaudit.findings.DisclosureControl policy, String marking,
                                    String generatedBy, Instant generatedAt) {
        boolean anonymised = policy != null;
        List<Item> items = new ArrayList<>();
        for (Input i : inputs) {
            String reAudit = i.reAudits().isEmpty() ? null : String.join("\n",
                    i.reAudits().stream().map(r -> r.describe(policy)).toList());
            items.add(anonymised
                    ? new Item(i.reference(), i.cycle(), i.theme(), i.theme() == null
                    ? Anonymiser.freeText(i.issue(), false) : "Theme: " + i.theme(), Anonymiser.freeText(
                    i.action(), false),
                    i.ownerRole(), i.due(), i.status(), i.rag(), Anonymiser.freeText(i.progressNotes(), false),
                    i.ragReason(), Anonymiser.freeText(i.evidence(), false), reAudit)
                    : new Item(i.reference(), i.cycle(), i.theme(), i.issue(), i.action(), i.owner(),
                    i.due(), i.status(),
                    i.rag(), i.progressNotes(), i.ragReason(), i.evidence(), reAudit));
        }
        List<String> about = new ArrayList<>();
        about.add("Scope: " + scope);
        about.add("Protective marking: " + marking);
        about.add("Produced " + Formats.dateTime(generatedAt) + " by "
                + (anonymised ? "the Case Audit Workbench" : generatedBy) + ".");
        about.add(anonymised ? Anonymiser.STATEMENT + " " + policy.statement()
                + " Owners are shown by role; they are named in the full version."
                : "This version names owners: do not publish it.");
        about.add(
                "RAG: Red = overdue or not on track, Amber = at risk, Green = on track or done. Status is a drop-down; "
                + "dates are dates (dd/mm/yyyy), so filters and sorting work.");
        return new ActionPlanWorkbook("Action plan: " + scope + (anonymised ? " (anonymised)" : ""), anonymised,
                marking, about, items, List.copyOf(statuses));
    }

    void write(OutputStream out) {
        try (WorkbookWriter writer = new WorkbookWriter(title, marking)) {
            WorkbookWriter.Sheet sheet = writer.sheet(SHEET).table(COLUMNS);
            for (Item i : items) {
                sheet.row().text(i.reference()).text(i.cycle()).text(i.theme()).text(i.issue()).text(i.action())
                        .text(i.owner()).date(i.due()).text(i.status()).text(i.rag()).text(i.progressNotes())
                        .text(i.ragReason()).text(i.evidence()).text(i.reAudit());
            }
            sheet.autoFilter();
            if (!statuses.isEmpty()) {
                sheet.dropDown(STATUS_COLUMN, statuses, MIN_FORMATTED_ROWS);
            }
            sheet.dropDown(RAG_COLUMN, List.copyOf(RAG_FILLS.keySet()), MIN_FORMATTED_ROWS);
            sheet.colourByValue(RAG_COLUMN, RAG_FILLS, MIN_FORMATTED_ROWS);
            Map<String, String> statusFills = new LinkedHashMap<>();
            for (String s : statuses) {
                String fill = statusFill(s);
                if (fill != null) {
                    statusFills.put(s, fill);
                }
            }
            sheet.colourByValue(STATUS_COLUMN, statusFills, MIN_FORMATTED_ROWS);
            WorkbookWriter.Sheet notes = writer.sheet("About").widths(110);
            notes.title(title);
            notes.title(marking);
            about.forEach(line -> notes.row().text(line));
            writer.write(out);
        }
    }

    /**
     * Committee text written from theme counts ("chronology missing in 4 of 10 files"): in the anonymised version a
     * count of 1 to 5 in an "N of M" phrase becomes "c", as everywhere else.
     */
    static String smallCounts(String text) {
        if (text == null) {
            return null;
        }
        return N_OF_M.matcher(text).replaceAll(m -> Anonymiser.count(Long.parseLong(m.group(1))) + " of "
                + Anonymiser.count(Long.parseLong(m.group(2))));
    }

    /** Red for overdue, green for done, amber for under way; no fill otherwise. */
    static String statusFill(String status) {
        String s = status.toLowerCase(java.util.Locale.ROOT);
        if (s.contains("overdue")) {
            return "FFC7CE";
        }
        if (s.contains("complete") || s.contains("closed") || s.contains("done") || s.contains("verified")) {
            return "C6EFCE";
        }
        if (s.contains("progress") || s.contains("risk")) {
            return "FFEB9C";
        }
        return null;
    }

    private static Map<String, String> rag() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Red", "FFC7CE");
        m.put("Amber", "FFEB9C");
        m.put("Green", "C6EFCE");
        return java.util.Collections.unmodifiableMap(m);
    }
}
