package org.caseaudit.multiagency;

import java.util.List;

/**
 * The data of a multi-agency audit's board report and 7-minute briefing, with no identifiers: no child is named,
 * referenced or described; no free text from returns or concerns is carried (findings are the templates' own finding
 * texts, counted). Agencies are named (they are organisations). Counts may be suppressed ("c") for readers who only
 * see disclosure-controlled figures.
 */
public record BoardReport(String marking, String title, String theme, String generated, String method,
        String cohort, List<GradeRow> grades, List<AgencyRow> agencies, List<FindingRow> findings,
        List<String> strengths, List<ActionRow> actions, String statement, String comparedWith,
        List<ComparisonRow> comparison) {

    public BoardReport {
        comparison = List.copyOf(comparison);
        grades = List.copyOf(grades);
        agencies = List.copyOf(agencies);
        findings = List.copyOf(findings);
        strengths = List.copyOf(strengths);
        actions = List.copyOf(actions);
    }

    /** Children graded in each grade for one domain (text, as a count may be suppressed). */
    public record GradeRow(String domain, String outstanding, String good, String requiresImprovement,
            String inadequate) {
    }

    /** One agency's participation: returns submitted of those expected, and how many by the deadline. */
    public record AgencyRow(String agency, String submitted, String onTime) {
    }

    /** A finding across returns: the template's finding text, how many returns made it, which agencies, what to do. */
    public record FindingRow(String finding, String returns, String agencies, String suggestedAction) {
    }

    /**
     * Re-audit of the theme: for one domain, the children graded good or better in the previous completed audit of the
     * same theme ({@code before}) and in this one ({@code after}), e.g. "1 of 4".
     */
    public record ComparisonRow(String domain, String before, String after) {
    }

    /** One immediate concern as an action: issue (no details of the child), agency owning it, due date, status. */
    public record ActionRow(String issue, String owner, String due, String status) {
    }
}
