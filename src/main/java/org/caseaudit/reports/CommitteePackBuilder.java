package org.caseaudit.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.audit.Agreement;
import org.caseaudit.audit.CycleAgreement;
import org.caseaudit.audit.CycleProgress;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.calendar.BankHolidayService;
import org.caseaudit.calendar.CalendarVersionInfo;
import org.caseaudit.findings.ConfidenceInterval;
import org.caseaudit.findings.CycleCompliance;
import org.caseaudit.findings.DisclosedFigures;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.Summaries;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.Strengths;
import org.caseaudit.findings.Theme;
import org.caseaudit.findings.Trend;
import org.caseaudit.reports.CommitteePack.ActionRow;
import org.caseaudit.reports.CommitteePack.ComplianceRow;
import org.caseaudit.reports.CommitteePack.Line;
import org.caseaudit.reports.CommitteePack.Paragraph;
import org.caseaudit.reports.CommitteePack.ThemeRow;
import org.caseaudit.reports.CommitteePack.TrendRow;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link CommitteePack} of a cycle from sampling, audit and findings (read-only). In the anonymised version
 * every count from 1 to 5 is "c" (and so are the percentages and intervals based on it), no person is named, and no
 * free text is printed (strength notes, evidence notes and action free text are left out: nothing in the data marks
 * such text as reviewed for publication). Callers read with the audit lead's access ({@link ReportPrivileges}).
 */
@Component
class CommitteePackBuilder {

    /** Cycles in the trend of key measures (this one and the ones before it). */
    static final int TREND_CYCLES = 6;

    private final AuditCycleService cycles;
    private final SampleService samples;
    private final ModerationService moderation;
    private final FindingsService findings;
    private final TemplateService templates;
    private final BankHolidayService calendar;
    private final ActionRows actions;
    private final Clock clock;
    private final DisclosureSettings settings;
    private final String marking;

    CommitteePackBuilder(AuditCycleService cycles, SampleService samples, ModerationService moderation,
                         FindingsService findings, TemplateService templates, BankHolidayService calendar,
                         ActionRows actions, Clock clock, DisclosureSettings settings,
                         @Value("${caseaudit.reports.marking:OFFICIAL-SENSITIVE}") String marking) {
        this.cycles = cycles;
        this.samples = samples;
        this.moderation = moderation;
        this.findings = findings;
        this.templates = templates;
        this.calendar = calendar;
        this.actions = actions;
        this.clock = clock;
        this.settings = settings;
        this.marking = marking;
    }

    String marking() {
        return marking;
    }

    CommitteePack build(long cycleId, boolean anonymised) {
        CycleSummary cycle = cycles.get(cycleId);
        Optional<TemplateDefinition> template = cycle.templateVersion() == null ? Optional.empty()
                : templates.find(cycle.templateId(), cycle.templateVersion());
        Map<String, String> numbers = template.map(CommitteePackBuilder::numbers).orElse(Map.of());
        Optional<SampleRecord> sample = samples.sample(cycleId);
        CycleAgreement agreement = moderation.cycleAgreement(cycleId);
        CycleCompliance compliance = findings.compliance(cycleId);
        List<Theme> themes = findings.themes(cycleId);
        List<Trend> trends = cycle.templateId() == null ? List.of()
                : upTo(findings.keyMeasureTrends(cycle.templateId(), TREND_CYCLES + DisclosedFigures.POOLED_MONTHS
                        + 4), cycle);
        List<ActionRow> actionRows = actions.forCycle(cycleId, anonymised);
        Figures f = new Figures(anonymised, anonymised ? settings.policy() : new DisclosureControl(0));
        DisclosedFigures.Builder figuresBuilder = DisclosedFigures.builder(f.policy());
        for (Trend t : trends) {
            figuresBuilder.trend(t, Math.max(0, t.points().size() - TREND_CYCLES));
        }
        DisclosedFigures figures = figuresBuilder.cycle(compliance, themes, false).poolLastOnly().build();

        String templateText = template.map(t -> t.title() + " (" + t.id() + ", version " + t.version() + ")")
                .orElse(cycle.templateId() == null ? "None chosen" : cycle.templateId());
        CommitteePack.Cover cover = new CommitteePack.Cover(
                template.map(TemplateDefinition::title).map(t -> "Case audit: " + t).orElse("Case audit"),
                cycle.name(), period(cycle), templateText, marking, anonymised,
                anonymised ? Anonymiser.STATEMENT + " " + settings.policy().statement() : null,
                "Produced " + Formats.dateTime(clock.instant()) + " by the Case Audit Workbench from the final answers "
                        + "(agreed answers after moderation, otherwise the auditor's) of submitted audits.");

        List<ComplianceRow> complianceRows = compliance.questions().stream()
                .map(q -> complianceRow(cycleId, q, numbers, figures)).toList();
        return new CommitteePack(cover,
                summary(cycleId, compliance, themes, agreement, actionRows, numbers, figures, trends),
                methodology(cycle, templateText, sample, samples.earlierDraws(cycleId), f),
                agreement(agreement, f), complianceRows, trend(trends, numbers, figures),
                themes.stream().map(t -> themeRow(cycleId, t, figures)).toList(),
                strengths(cycleId, compliance, numbers, figures, anonymised), actionRows);
    }

    /** The points of each trend up to this cycle (a later cycle may be under way already). */
    private static List<Trend> upTo(List<Trend> trends, CycleSummary cycle) {
        List<Trend> out = new ArrayList<>();
        for (Trend t : trends) {
            List<Trend.Point> points = t.points().stream().filter(p -> p.cycleId() == cycle.id()
                    || p.periodStart() == null || cycle.periodStart() == null
                    || !p.periodStart().isAfter(cycle.periodStart())).toList();
            out.add(new Trend(t.templateId(), t.questionId(), t.question(), t.keyMeasure(), points));
        }
        return out;
    }

    /** Question id to its printed number ("2.3": section 2, question 3), in checklist order. */
    static Map<String, String> numbers(TemplateDefinition template) {
        Map<String, String> numbers = new HashMap<>();
        int s = 0;
        for (SectionDefinition section : template.sections()) {
            s++;
            int q = 0;
            for (var question : section.questions()) {
                numbers.put(question.id(), s + "." + (++q));
            }
        }
        return numbers;
    }

    private static String period(CycleSummary cycle) {
        return Formats.date(cycle.periodStart()) + " to " + Formats.date(cycle.periodEnd());
    }

    private List<Paragraph> summary(long cycleId, CycleCompliance compliance, List<Theme> themes,
                                    CycleAgreement agreement, List<ActionRow> actionRows, Map<String, String> numbers,
                                    DisclosedFigures figures, List<Trend> trends) {
        List<Paragraph> lines = new ArrayList<>();
        CycleProgress progress = compliance.progress();
        // process counts: about the service, never suppressed
        lines.add(new Paragraph(progress.done() + " of " + progress.audits() + " audits of the cycle are complete "
                + "(submitted or moderated); the figures below use those."
                + (progress.done() < progress.audits() ? " The cycle is not finished: its figures are provisional."
                : "")));
        List<Summaries.Shown> reportable = new ArrayList<>();
        int notReportable = 0;
        for (QuestionCompliance q : compliance.questions()) {
            if (q.audited() == 0) {
                continue;
            }
            Optional<DisclosedFigures.Figure> shown = figures.reportable(cycleId, q.questionId());
            if (shown.isPresent()) {
                DisclosedFigures.Figure fig = shown.get();
                reportable.add(new Summaries.Shown(q.questionId(), numbers.getOrDefault(q.questionId(), ""),
                        q.question(), fig.compliant(), fig.audited(), fig.pooled()));
            } else {
                notReportable++;
            }
        }
        for (QuestionCompliance key : compliance.keyMeasures()) {
            if (key.audited() == 0) {
                continue;
            }
            String name = "Key measure " + numbers.getOrDefault(key.questionId(), "") + " \u201c" + key.question()
                    + "\u201d: ";
            DisclosedFigures.Figure month = figures.month(cycleId, key.questionId());
            Optional<DisclosedFigures.Figure> pooled = figures.pooled(cycleId, key.questionId())
                    .filter(DisclosedFigures.Figure::shareShown);
            if (month.shareShown()) {
                String text = name + month.percentText() + " compliant (" + month.compliant() + " of "
                        + month.audited() + " files; 95% interval " + month.interval().orElseThrow().describe() + ")";
                Optional<String> change = previous(trends, key.questionId(), cycleId).flatMap(prev -> {
                    DisclosedFigures.Figure before = figures.month(prev.cycleId(), key.questionId());
                    return before.shareShown() ? Summaries.change(shown(key, month), shown(key, before),
                            prev.cycleName()) : Optional.of("the previous cycle's figure is too small to show");
                });
                lines.add(new Paragraph(text + change.map(c -> "; " + c).orElse("") + "."));
            } else if (pooled.isPresent()) {
                DisclosedFigures.Figure p = pooled.get();
                lines.add(new Paragraph(name + "too few files this cycle to show on its own; pooled over "
                        + p.pooled() + ": " + p.percentText() + " compliant (" + p.compliant() + " of " + p.audited()
                        + " files; 95% interval " + p.interval().orElseThrow().describe() + ")."));
            } else {
                lines.add(new Paragraph(name + "too few files to report this cycle, even pooled over "
                        + DisclosedFigures.POOLED_MONTHS + " months (shown as \u201cc\u201d)."));
            }
        }
        String of = notReportable == 0 ? "" : " of the measures with enough files to report";
        String missing = notReportable == 0 ? "" : " " + Summaries.plural(notReportable, "question has",
                "questions have") + " too few files to report, even pooled.";
        Summaries.lowest(reportable).ifPresent(q -> lines.add(new Paragraph("Lowest compliance" + of + ": "
                + q.name() + " at " + q.describe() + ".")));
        Summaries.highest(reportable).ifPresent(q -> lines.add(new Paragraph("Highest compliance" + of + ": "
                + q.name() + " at " + q.describe() + "." + missing)));
        if (!themes.isEmpty()) {
            Theme top = themes.getFirst();
            String files = figures.themeFiles(top.tag());
            String audited = figures.themeAudited(top.tag());
            lines.add(new Paragraph("The most frequent theme of the findings is " + top.label()
                    + (DisclosureControl.SUPPRESSED.equals(files) ? "." : ": findings in " + files + " of " + audited
                    + " files.")));
        }
        if (agreement.moderatedAudits() > 0) {
            Agreement a = agreement.compliance();
            lines.add(new Paragraph(Summaries.plural(agreement.moderatedAudits(), "audit was", "audits were")
                    + " moderated; auditor and moderator gave the same compliance answer in "
                    + (a.items() == 0 ? "\u2013" : String.format(Locale.UK, "%.0f%%", a.percentAgreement()))
                    + " of answers (Gwet's AC1 " + (Double.isNaN(a.gwetsAc1()) ? "not defined"
                    : String.format(Locale.UK, "%.2f", a.gwetsAc1())) + ")."));
        }
        if (!actionRows.isEmpty()) {
            long red = actionRows.stream().filter(r -> "Red".equals(r.rag())).count();
            lines.add(new Paragraph(Summaries.plural(actionRows.size(), "action is", "actions are") + " in the plan; "
                    + red + " " + Summaries.verb(red) + " red (overdue)."));
        }
        return lines;
    }

    private static Summaries.Shown shown(QuestionCompliance q, DisclosedFigures.Figure f) {
        return new Summaries.Shown(q.questionId(), "", q.question(), f.compliant(), f.audited(), f.pooled());
    }

    /** The cycle before this one in a key measure's trend, if any. */
    private static Optional<Trend.Point> previous(List<Trend> trends, String questionId, long cycleId) {
        for (Trend t : trends) {
            if (!t.questionId().equals(questionId)) {
                continue;
            }
            for (int i = 1; i < t.points().size(); i++) {
                if (t.points().get(i).cycleId() == cycleId && t.points().get(i - 1).audited() > 0) {
                    return Optional.of(t.points().get(i - 1));
                }
            }
        }
        return Optional.empty();
    }

    private List<Line> methodology(CycleSummary cycle, String templateText, Optional<SampleRecord> found,
                                   List<org.caseaudit.sampling.EarlierDraw> redraws, Figures f) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Audit cycle", cycle.name() + " (" + cycle.status().label().toLowerCase(Locale.UK) + ")"));
        lines.add(new Line("Period audited", period(cycle)));
        lines.add(new Line("Checklist", templateText));
        if (found.isEmpty()) {
            lines.add(new Line("Sample", "No sample has been drawn for this cycle."));
        } else {
            SampleRecord s = found.get();
            lines.add(new Line("Frame definition", s.frameDescription()));
            lines.add(new Line("Population (frame)", f.count(s.populationSize()) + " cases"));
            lines.add(new Line("Sample design", s.method().label() + ", method version " + s.methodVersion()
                    + (s.designDescription() == null ? "" : ". " + s.designDescription())));
            // the number of reserves is part of the design (printed with it above), not a count of children
            lines.add(new Line("Sample", f.count(s.sampleSize()) + " cases and " + s.reserveCount()
                    + " reserves; " + f.count(s.activeItems().size()) + " cases in the sample now (after "
                    + "exclusions and replacements)"));
            if (!s.allocation().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (AllocationRow row : s.allocation()) {
                    parts.add(row.stratum() + ": " + f.count(row.sample()) + " of " + f.count(row.population()));
                }
                lines.add(new Line("Allocation by team", String.join("; ", parts)));
            }
            lines.add(new Line("Random seed", s.seed() + (s.seedGenerated() ? " (generated at the draw)"
                    : " (given by the audit lead)")));
            lines.add(new Line("Frame SHA-256", s.frameSha256()));
            lines.add(new Line("Drawn", Formats.dateTime(s.drawnAt()) + (f.anonymised() ? "" : " by " + s.drawnBy())
                    + (s.locked() ? "; locked " + Formats.dateTime(s.lockedAt())
                    + (f.anonymised() ? "" : " by " + s.lockedBy()) : "; not locked")));
        }
        // Each earlier draw a redraw replaced, with its reason (free text: left out of an anonymised pack)
        for (int i = 0; i < redraws.size(); i++) {
            org.caseaudit.sampling.EarlierDraw r = redraws.get(i);
            lines.add(new Line("Redraw " + (i + 1), "A draw with seed " + r.seed() + " ("
                    + Formats.dateTime(r.drawnAt())
                    + ") was replaced on " + Formats.dateTime(r.replacedAt())
                    + (f.anonymised() ? "; the reason is in the sample record (free text is not printed in an "
                    + "anonymised pack)" : " by " + r.replacedBy() + ". Reason: " + r.reason())));
        }
        lines.add(new Line("Working days", calendar.newestVersion().map(CalendarVersionInfo::version)
                .map(v -> "Bank-holiday calendar version " + v + " (the table in use when this pack was produced)")
                .orElse("Rule-based England and Wales bank holidays")));
        int share = found.map(SampleRecord::moderationPercent).filter(java.util.Objects::nonNull)
                .orElse(cycle.moderationPercent());
        lines.add(new Line("Moderation share", share + "% of audits audited again by a moderator"
                + found.map(SampleRecord::moderationSeed).filter(java.util.Objects::nonNull)
                .map(seed -> " (chosen with seed " + seed + ")").orElse("")));
        return lines;
    }

    private static List<Line> agreement(CycleAgreement agreement, Figures f) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Moderated audits", Long.toString(agreement.moderatedAudits())));
        lines.add(new Line("Compliance answers", f.describe(agreement.compliance())));
        lines.add(new Line("Grades", f.describe(agreement.grades())));
        return lines;
    }

    private static ComplianceRow complianceRow(long cycleId, QuestionCompliance q, Map<String, String> numbers,
                                               DisclosedFigures figures) {
        DisclosedFigures.Figure fig = figures.month(cycleId, q.questionId());
        boolean shown = fig.shareShown();
        ConfidenceInterval ci = fig.interval().orElse(null);
        String note = null;
        if (!shown && q.audited() > 0) {
            note = figures.pooled(cycleId, q.questionId()).filter(DisclosedFigures.Figure::shareShown)
                    .map(p -> "Pooled over " + p.pooled() + ": " + p.percentText() + " (" + p.compliant() + " of "
                            + p.audited() + " files)").orElse("Too few files to show");
        } else if (q.smallSample() && q.audited() > 0) {
            note = "Small sample: fewer than 10 files audited";
        }
        return new ComplianceRow(q.section(), numbers.getOrDefault(q.questionId(), q.questionId()), q.question(),
                q.keyMeasure(), fig.auditedText(), fig.compliantText(), fig.percentText(),
                ci != null ? ci.describe() : q.audited() == 0 ? null : DisclosureControl.SUPPRESSED, note,
                shown ? fig.percent() : null, ci == null ? null : ci.lower() * 100,
                ci == null ? null : ci.upper() * 100);
    }

    private static List<TrendRow> trend(List<Trend> trends, Map<String, String> numbers, DisclosedFigures figures) {
        List<TrendRow> rows = new ArrayList<>();
        for (Trend trend : trends) {
            if (trend.points().stream().allMatch(p -> p.audited() == 0)) {
                continue;
            }
            List<Trend.Point> points = trend.points();
            for (Trend.Point p : points.subList(Math.max(0, points.size() - TREND_CYCLES), points.size())) {
                DisclosedFigures.Figure fig = figures.month(p.cycleId(), trend.questionId());
                String number = numbers.getOrDefault(trend.questionId(), "");
                String period = Formats.date(p.periodStart()) + " to " + Formats.date(p.periodEnd());
                rows.add(new TrendRow(number, trend.question(), p.cycleName(), period,
                        p.audited() == 0 ? "0" : fig.auditedText(), fig.percentText(),
                        fig.interval().map(ConfidenceInterval::describe).orElse(p.audited() == 0 ? null
                                : DisclosureControl.SUPPRESSED), fig.shareShown() ? fig.percent() : null, false));
                figures.pooled(p.cycleId(), trend.questionId()).filter(DisclosedFigures.Figure::shareShown)
                        .ifPresent(pool -> rows.add(new TrendRow(number, trend.question(), p.cycleName(),
                                "Pooled: " + pool.pooled(), pool.auditedText(), pool.percentText(),
                                pool.interval().map(ConfidenceInterval::describe).orElse(null), pool.percent(),
                                true)));
            }
        }
        return rows;
    }

    private static ThemeRow themeRow(long cycleId, Theme theme, DisclosedFigures figures) {
        List<String> parts = new ArrayList<>();
        for (Theme.ThemeQuestion q : theme.questions()) {
            String text = q.findingText() == null || q.findingText().isBlank() ? q.question() : q.findingText().strip();
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
            parts.add("\u2013 " + text + ": " + figures.count(cycleId, q.questionId(), "findings") + " of "
                    + figures.month(cycleId, q.questionId()).auditedText() + " files");
        }
        return new ThemeRow(theme.label(), "findings in " + figures.themeFiles(theme.tag()) + " of "
                + figures.themeAudited(theme.tag()) + " files", String.join("\n", parts));
    }

    /**
     * Key measures at or above the strength level whose figure may be shown (a month's, or pooled), best first;
     * the auditors' written strengths in the full version only.
     */
    private List<Paragraph> strengths(long cycleId, CycleCompliance compliance, Map<String, String> numbers,
                                      DisclosedFigures figures, boolean anonymised) {
        List<Summaries.Shown> shown = new ArrayList<>();
        for (QuestionCompliance key : compliance.keyMeasures()) {
            figures.reportable(cycleId, key.questionId()).ifPresent(fig -> shown.add(new Summaries.Shown(
                    key.questionId(), numbers.getOrDefault(key.questionId(), ""), key.question(), fig.compliant(),
                    fig.audited(), fig.pooled())));
        }
        List<Paragraph> lines = new ArrayList<>();
        for (Summaries.Shown s : Summaries.strengths(shown, settings.strengthLevel())) {
            lines.add(new Paragraph(s.question() + " \u2014 " + s.describe()));
        }
        if (lines.isEmpty()) {
            lines.add(new Paragraph("No key measure reached " + settings.strengthLevel() + "% compliance with enough "
                    + "files to report."));
        }
        if (anonymised) {
            lines.add(new Paragraph("The auditors' written strengths are free text and are left out of the anonymised "
                    + "version."));
        } else {
            for (Strengths.AuditStrength note : findings.strengths(cycleId).notes()) {
                lines.add(new Paragraph(note.caseReference() + ": " + note.text()));
            }
        }
        return lines;
    }

    /** Numbers as printed: identified as they are, anonymised through the disclosure-control policy. */
    record Figures(boolean anonymised, DisclosureControl policy) {

        Figures(boolean anonymised) {
            this(anonymised, anonymised ? DisclosureControl.standard() : new DisclosureControl(0));
        }

        String count(long n) {
            return policy.primary(n) ? DisclosureControl.SUPPRESSED : Long.toString(n);
        }

        boolean suppressed(long numerator, long denominator) {
            return policy.primary(numerator) || policy.primary(denominator);
        }

        String percent(long numerator, long denominator) {
            if (suppressed(numerator, denominator)) {
                return DisclosureControl.SUPPRESSED;
            }
            return denominator == 0 ? "\u2013" : Math.round(100.0 * numerator / denominator) + "%";
        }

        String percentOf(Agreement a) {
            return a.items() == 0 ? "\u2013" : String.format(Locale.UK, "%.0f%%", a.percentAgreement());
        }

        String statistic(double value, int items) {
            return Double.isNaN(value) ? "not defined" : String.format(Locale.UK, "%.2f", value);
        }

        /** Agreement between auditor and moderator describes the service's auditing: a process figure. */
        String describe(Agreement a) {
            if (a.items() == 0) {
                return "No moderated answers yet";
            }
            return a.items() + " answer pairs: " + percentOf(a) + " agreement; Cohen's kappa "
                    + statistic(a.cohensKappa(), a.items()) + "; Gwet's AC1 " + statistic(a.gwetsAc1(), a.items());
        }
    }
}
