package org.caseaudit.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final String marking;

    CommitteePackBuilder(AuditCycleService cycles, SampleService samples, ModerationService moderation,
                         FindingsService findings, TemplateService templates, BankHolidayService calendar,
                         ActionRows actions, Clock clock,
                         @Value("${caseaudit.reports.marking:OFFICIAL-SENSITIVE}") String marking) {
        this.cycles = cycles;
        this.samples = samples;
        this.moderation = moderation;
        this.findings = findings;
        this.templates = templates;
        this.calendar = calendar;
        this.actions = actions;
        this.clock = clock;
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
        Strengths strengths = findings.strengths(cycleId);
        List<Trend> trends = cycle.templateId() == null ? List.of()
                : findings.keyMeasureTrends(cycle.templateId(), TREND_CYCLES);
        List<ActionRow> actionRows = actions.forCycle(cycleId, anonymised);
        Figures f = new Figures(anonymised);

        String templateText = template.map(t -> t.title() + " (" + t.id() + ", version " + t.version() + ")")
                .orElse(cycle.templateId() == null ? "None chosen" : cycle.templateId());
        CommitteePack.Cover cover = new CommitteePack.Cover(
                template.map(TemplateDefinition::title).map(t -> "Case audit: " + t).orElse("Case audit"),
                cycle.name(), period(cycle), templateText, marking, anonymised,
                anonymised ? Anonymiser.STATEMENT : null,
                "Produced " + Formats.dateTime(clock.instant()) + " by the Case Audit Workbench from the final answers "
                        + "(agreed answers after moderation, otherwise the auditor's) of submitted audits.");

        List<ComplianceRow> complianceRows = compliance.questions().stream()
                .map(q -> complianceRow(q, numbers, f)).toList();
        return new CommitteePack(cover,
                summary(compliance, themes, agreement, actionRows, numbers, f),
                methodology(cycle, templateText, sample, samples.earlierDraws(cycleId), f),
                agreement(agreement, f), complianceRows, trend(trends, cycle, numbers, f),
                themes.stream().map(t -> themeRow(t, f)).toList(), strengths(strengths, f), actionRows);
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

    private List<Paragraph> summary(CycleCompliance compliance, List<Theme> themes, CycleAgreement agreement,
                                    List<ActionRow> actionRows, Map<String, String> numbers, Figures f) {
        List<Paragraph> lines = new ArrayList<>();
        CycleProgress progress = compliance.progress();
        lines.add(new Paragraph(f.count(progress.done()) + " of " + f.count(progress.audits())
                + " audits of the cycle are complete (submitted or moderated); the figures below use those."));
        int compliant = compliance.questions().stream().mapToInt(QuestionCompliance::compliant).sum();
        int audited = compliance.questions().stream().mapToInt(QuestionCompliance::audited).sum();
        if (audited > 0) {
            lines.add(new Paragraph("Across all compliance questions, " + f.count(compliant) + " of "
                    + f.count(audited) + " audited answers were compliant (" + f.percent(compliant, audited) + ")."));
        }
        for (QuestionCompliance key : compliance.keyMeasures()) {
            if (key.audited() == 0) {
                continue;
            }
            lines.add(new Paragraph("Key measure " + numbers.getOrDefault(key.questionId(), "") + " \u201c"
                    + key.question() + "\u201d: " + f.percent(key.compliant(), key.audited()) + " compliant ("
                    + f.count(key.compliant()) + " of " + f.count(key.audited()) + " files"
                    + (f.suppressed(key.compliant(), key.audited()) ? ")."
                    : "; 95% interval " + key.interval().describe() + ").")));
        }
        compliance.questions().stream()
                .filter(q -> !q.smallSample() && !f.suppressed(q.compliant(), q.audited()))
                .min(Comparator.comparingDouble(QuestionCompliance::percent))
                .ifPresent(q -> lines.add(new Paragraph("Lowest compliance: " + numbers.getOrDefault(q.questionId(), "")
                        + " \u201c" + q.question() + "\u201d at " + f.percent(q.compliant(), q.audited()) + ".")));
        if (!themes.isEmpty()) {
            Theme top = themes.getFirst();
            lines.add(new Paragraph("The most frequent theme of the findings is " + top.label() + ": findings in "
                    + f.count(top.files()) + " of " + f.count(top.auditedFiles()) + " files."));
        }
        if (agreement.moderatedAudits() > 0) {
            Agreement a = agreement.compliance();
            lines.add(new Paragraph(f.count(agreement.moderatedAudits()) + " audits were moderated; auditor and "
                    + "moderator gave the same compliance answer in " + f.percentOf(a) + " of answers (Gwet's AC1 "
                    + f.statistic(a.gwetsAc1(), a.items()) + ")."));
        }
        if (!actionRows.isEmpty()) {
            long overdue = actionRows.stream().filter(r -> "Red".equals(r.rag())).count();
            lines.add(new Paragraph(f.count(actionRows.size()) + " actions are in the plan; " + f.count(overdue)
                    + " are red (overdue or at risk)."));
        }
        return lines;
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
            lines.add(new Line("Sample", f.count(s.sampleSize()) + " cases and " + f.count(s.reserveCount())
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
            lines.add(new Line("Redraw " + (i + 1), "A draw with seed " + r.seed() + " (" + Formats.dateTime(r.drawnAt())
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
        lines.add(new Line("Moderated audits", f.count(agreement.moderatedAudits())));
        lines.add(new Line("Compliance answers", f.describe(agreement.compliance())));
        lines.add(new Line("Grades", f.describe(agreement.grades())));
        return lines;
    }

    private static ComplianceRow complianceRow(QuestionCompliance q, Map<String, String> numbers, Figures f) {
        boolean hidden = f.suppressed(q.compliant(), q.audited()) || q.audited() == 0;
        ConfidenceInterval ci = q.interval();
        return new ComplianceRow(q.section(), numbers.getOrDefault(q.questionId(), q.questionId()), q.question(),
                q.keyMeasure(), f.count(q.audited()), f.count(q.compliant()), f.percent(q.compliant(), q.audited()),
                hidden || ci == null ? (f.suppressed(q.compliant(), q.audited()) ? Anonymiser.SUPPRESSED : null)
                        : ci.describe(),
                q.smallSample() && q.audited() > 0 ? "Small sample: fewer than 10 files audited" : null,
                hidden ? null : q.percent(), hidden || ci == null ? null : ci.lower() * 100,
                hidden || ci == null ? null : ci.upper() * 100);
    }

    private static List<TrendRow> trend(List<Trend> trends, CycleSummary cycle, Map<String, String> numbers,
                                        Figures f) {
        List<TrendRow> rows = new ArrayList<>();
        for (Trend trend : trends) {
            if (trend.points().stream().allMatch(p -> p.audited() == 0)) {
                continue;
            }
            for (Trend.Point p : trend.points()) {
                if (p.periodStart() != null && cycle.periodStart() != null && p.periodStart().isAfter(cycle.periodStart())) {
                    continue;
                }
                boolean hidden = p.audited() == 0 || f.suppressed(p.compliant(), p.audited());
                rows.add(new TrendRow(numbers.getOrDefault(trend.questionId(), ""), trend.question(), p.cycleName(),
                        Formats.date(p.periodStart()) + " to " + Formats.date(p.periodEnd()), f.count(p.audited()),
                        f.percent(p.compliant(), p.audited()),
                        hidden || p.interval() == null ? (p.audited() == 0 ? null : Anonymiser.SUPPRESSED)
                                : p.interval().describe(), hidden ? null : p.percent()));
            }
        }
        return rows;
    }

    private static ThemeRow themeRow(Theme theme, Figures f) {
        List<String> parts = new ArrayList<>();
        for (Theme.ThemeQuestion q : theme.questions()) {
            String text = q.findingText() == null || q.findingText().isBlank() ? q.question() : q.findingText().strip();
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
            parts.add("\u2013 " + text + ": " + f.count(q.findings()) + " of " + f.count(q.audited()) + " files");
        }
        return new ThemeRow(theme.label(), "findings in " + f.count(theme.files()) + " of "
                + f.count(theme.auditedFiles()) + " files", String.join("\n", parts));
    }

    private static List<Paragraph> strengths(Strengths strengths, Figures f) {
        List<Paragraph> lines = new ArrayList<>();
        for (Strengths.KeyMeasure k : strengths.keyMeasures()) {
            lines.add(new Paragraph(k.question() + " \u2014 compliant in " + f.count(k.compliant()) + " of "
                    + f.count(k.audited()) + " files"));
        }
        if (f.anonymised()) {
            if (!strengths.notes().isEmpty()) {
                lines.add(new Paragraph("The auditors' written strengths (" + f.count(strengths.notes().size())
                        + " notes) are free text and are left out of the anonymised version."));
            }
        } else {
            for (Strengths.AuditStrength note : strengths.notes()) {
                lines.add(new Paragraph(note.caseReference() + ": " + note.text()));
            }
        }
        return lines;
    }

    /** Numbers as printed: identified as they are, anonymised through the {@link Anonymiser} rules. */
    record Figures(boolean anonymised) {

        String count(long n) {
            return anonymised ? Anonymiser.count(n) : Long.toString(n);
        }

        boolean suppressed(long numerator, long denominator) {
            return anonymised && Anonymiser.suppressed(numerator, denominator);
        }

        String percent(long numerator, long denominator) {
            if (anonymised) {
                return Anonymiser.percent(numerator, denominator);
            }
            return denominator == 0 ? "\u2013" : Math.round(100.0 * numerator / denominator) + "%";
        }

        String percentOf(Agreement a) {
            if (a.items() == 0) {
                return "\u2013";
            }
            return anonymised && Anonymiser.suppressed(a.items()) ? Anonymiser.SUPPRESSED
                    : String.format(Locale.UK, "%.0f%%", a.percentAgreement());
        }

        String statistic(double value, int items) {
            if (anonymised && Anonymiser.suppressed(items)) {
                return Anonymiser.SUPPRESSED;
            }
            return Double.isNaN(value) ? "not defined" : String.format(Locale.UK, "%.2f", value);
        }

        String describe(Agreement a) {
            if (a.items() == 0) {
                return "No moderated answers yet";
            }
            return count(a.items()) + " answer pairs: " + percentOf(a) + " agreement; Cohen's kappa "
                    + statistic(a.cohensKappa(), a.items()) + "; Gwet's AC1 " + statistic(a.gwetsAc1(), a.items());
        }
    }
}
