package org.caseaudit.reports;

import java.util.List;

/**
 * Everything the committee pack prints, as text already anonymised when {@code cover.anonymised()}: built by
 * {@link CommitteePackBuilder}, rendered by {@code reports/committee-pack.jrxml} and its sub-reports.
 */
public record CommitteePack(Cover cover, List<Paragraph> summary, List<Line> methodology, List<Line> agreement,
                            List<ComplianceRow> compliance, List<TrendRow> trend, List<ThemeRow> themes,
                            List<Paragraph> strengths, List<ActionRow> actions) {

    public CommitteePack {
        summary = List.copyOf(summary);
        methodology = List.copyOf(methodology);
        agreement = List.copyOf(agreement);
        compliance = List.copyOf(compliance);
        trend = List.copyOf(trend);
        themes = List.copyOf(themes);
        strengths = List.copyOf(strengths);
        actions = List.copyOf(actions);
    }

    /** The cover: {@code statement} is the anonymisation statement (null in the identified version). */
    public record Cover(String title, String cycleName, String period, String template, String marking,
                        boolean anonymised, String statement, String generated) {
    }

    /** A paragraph or bullet of text. */
    public record Paragraph(String text) {
    }

    /** A labelled value (methodology, agreement). */
    public record Line(String label, String value) {
    }

    /**
     * Compliance with one question: counts and percentages as printed ({@code c} when suppressed). The numbers behind
     * the chart are {@code percentValue}, {@code lower} and {@code upper} (0..100; null when not shown).
     */
    public record ComplianceRow(String section, String number, String question, boolean keyMeasure, String audited,
                                String compliant, String percent, String interval, String note, Double percentValue,
                                Double lower, Double upper) {
    }

    /**
     * One key measure in one cycle, oldest cycle first within a measure; {@code pooled}: the figure pooled over three
     * months ending with that cycle, printed where the month's own is suppressed.
     */
    public record TrendRow(String number, String measure, String cycle, String period, String audited,
                           String percent, String interval, Double percentValue, boolean pooled) {
    }

    /** A theme of findings: files with findings of files audited, and its questions in one text. */
    public record ThemeRow(String theme, String files, String detail) {
    }

    /** One action of the cycle's plan. {@code rag} is the word (Red, Amber, Green), never a colour alone. */
    public record ActionRow(String issue, String action, String owner, String due, String status, String rag) {
    }
}
