package org.caseaudit.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.audit.CycleAgreement;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.CycleProgress;
import org.caseaudit.audit.DomainGrade;
import org.caseaudit.audit.DomainGrades;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackResponseRate;
import org.caseaudit.audit.FinalAnswerService;
import org.caseaudit.audit.GradingOverview;
import org.caseaudit.audit.GradingRules;
import org.caseaudit.audit.GradingService;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.ReAuditResult;
import org.caseaudit.findings.Theme;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.reports.SelfEvaluation.Block;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.shared.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * Builds the self-evaluation pack of a period from the other modules' public services (read with the audit lead's
 * rights: the caller's access is checked by {@link SelfEvaluationReports}). The period is whole months ending with a
 * chosen month; a cycle belongs to it when its period starts in it. Re-audit cycles are counted with the actions they
 * check, not with the monthly cycles. The anonymised (external) version passes every count of children's cases
 * through the disclosure-control policy, prints no case reference, no free text and no person's name (owners by role).
 */
@Component
class SelfEvaluationBuilder {

    static final int MONTHS = 12;
    static final int THEMES = 8;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final FindingsService findings;
    private final GradingService grading;
    private final ModerationService moderation;
    private final ActionPlanService actions;
    private final MultiAgencyService multiAgency;
    private final CommitteePackBuilder packs;
    private final DisclosureSettings settings;
    private final Clock clock;
    private final DomainGrades domainGrades;
    private final FamilyFeedbackService feedback;

    SelfEvaluationBuilder(FindingsService findings, GradingService grading, ModerationService moderation,
                          ActionPlanService actions, MultiAgencyService multiAgency, CommitteePackBuilder packs,
                          DisclosureSettings settings, Clock clock, DomainGrades domainGrades,
                          FamilyFeedbackService feedback) {
        this.domainGrades = domainGrades;
        this.feedback = feedback;
        this.findings = findings;
        this.grading = grading;
        this.moderation = moderation;
        this.actions = actions;
        this.multiAgency = multiAgency;
        this.packs = packs;
        this.settings = settings;
        this.clock = clock;
    }

    /** The month a period id names: {@code yyyyMM}, e.g. 202611 for the 12 months ending November 2026. */
    static YearMonth endMonth(long periodId) {
        int year = (int) (periodId / 100);
        int month = (int) (periodId % 100);
        if (year < 2000 || year > 2999 || month < 1 || month > 12) {
            throw new IllegalArgumentException("Choose the last month of the period (yyyyMM), not " + periodId);
        }
        return YearMonth.of(year, month);
    }

    static long periodId(YearMonth end) {
        return end.getYear() * 100L + end.getMonthValue();
    }

    /** "December 2025 to November 2026". */
    static String periodName(YearMonth end) {
        return end.minusMonths(MONTHS - 1).format(MONTH) + " to " + end.format(MONTH);
    }

    SelfEvaluation build(YearMonth end, boolean anonymised) {
        LocalDate from = end.minusMonths(MONTHS - 1).atDay(1);
        LocalDate to = end.atEndOfMonth();
        DisclosureControl policy = anonymised ? settings.policy() : new DisclosureControl(0);
        List<CyclePeriod> all = findings.cycles();
        List<CyclePeriod> monthly = all.stream().filter(c -> c.periodStart() != null
                        && !c.periodStart().isBefore(from) && !c.periodStart().isAfter(to)
                        && !ActionPlanService.REAUDIT_TEMPLATE.equals(c.templateId()))
                .sorted(Comparator.comparing(CyclePeriod::periodStart).thenComparing(CyclePeriod::id)).toList();
        Map<Long, CycleProgress> progress = new LinkedHashMap<>();
        monthly.forEach(c -> progress.put(c.id(), findings.progress(c.id())));
        GradingOverview grades = grading.overview(monthly.stream().map(CyclePeriod::id).toList());

        List<SelfEvaluation.Section> sections = List.of(
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(0), know(monthly, progress, grades, policy,
                        anonymised)),
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(1), how(monthly, progress, grades, policy,
                        from, to)),
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(2), doing(all, policy, anonymised, from, to)));
        String statement = anonymised ? Anonymiser.STATEMENT + " " + policy.statement() : null;
        return new SelfEvaluation("Self-evaluation of case audit", periodName(end) + " \u00b7 "
                + (anonymised ? "external version (disclosure controlled)" : "full version: not for publication"),
                packs.marking(), anonymised, statement, "Produced " + Formats.dateTime(clock.instant())
                + " by the Case Audit Workbench", from, to, sections);
    }

    // --- 1 What do we know? -----------------------------------------------------------------------------------------

    private List<Block> know(List<CyclePeriod> cycles, Map<Long, CycleProgress> progress, GradingOverview grades,
                             DisclosureControl policy, boolean anonymised) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("What the audits of the period found: compliance with the key measures cycle by "
                + "cycle, the grades the auditors gave, the themes of the findings and the child's experience."));
        blocks.add(Block.subheading("Compliance with the key measures"));
        if (cycles.isEmpty()) {
            blocks.add(Block.paragraph("No audit cycle started in this period."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CyclePeriod c : cycles) {
                int compliant = 0;
                int audited = 0;
                for (QuestionCompliance q : findings.compliance(c.id()).questions()) {
                    if (q.keyMeasure()) {
                        compliant += q.compliant();
                        audited += q.audited();
                    }
                }
                DisclosureControl.Table t = policy.table();
                DisclosureControl.Cell cc = t.sensitive("compliant", compliant);
                DisclosureControl.Cell ca = t.sensitive("audited", audited);
                t.sum(ca, cc, t.unprinted("not", audited - compliant));
                DisclosureControl.Protection p = t.protect();
                rows.add(Block.row(c.name(), String.valueOf(progress.get(c.id()).done()), p.show(cc), p.show(ca),
                        p.shareShown("compliant", "audited") ? percent(compliant, audited)
                        : DisclosureControl.SUPPRESSED));
            }
            blocks.add(Block.table("Compliance with the key measures per cycle", List.of("Cycle", "Audits done",
                    "Key answers compliant", "Key answers audited", "% compliant"), rows));
        }

        blocks.add(Block.subheading("The grades auditors gave"));
        blocks.add(Block.paragraph("The auditors' overall grades (Ofsted's four grades) of the audits done, before "
                + "moderation; how moderation changed them is under How do we know it."));
        blocks.add(distributionTable("Grades per cycle", "Cycle", grades.byCycle(), progress, cycles, policy, true));
        if (anonymised) {
            blocks.add(Block.paragraph("Grades per team are in the full version only: per team the numbers are too "
                    + "small to publish."));
        } else {
            blocks.add(distributionTable("Grades per team of the audited cases", "Team", grades.byTeam(), null, null,
                    policy, true));
        }

        blocks.add(Block.subheading("Themes of the findings"));
        Map<String, int[]> themes = new LinkedHashMap<>();
        for (CyclePeriod c : cycles) {
            for (Theme t : findings.themes(c.id())) {
                int[] n = themes.computeIfAbsent(t.label(), k -> new int[2]);
                n[0] += t.files();
                n[1] += t.auditedFiles();
            }
        }
        if (themes.isEmpty()) {
            blocks.add(Block.paragraph("No findings in the period."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            themes.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(THEMES).forEach(e -> {
                        DisclosureControl.Table t = policy.table();
                        DisclosureControl.Cell f = t.sensitive("files", e.getValue()[0]);
                        DisclosureControl.Cell a = t.sensitive("audited", e.getValue()[1]);
                        t.sum(a, f, t.unprinted("without", e.getValue()[1] - e.getValue()[0]));
                        DisclosureControl.Protection p = t.protect();
                        rows.add(Block.row(e.getKey(), p.show(f), p.show(a), p.shareShown("files", "audited")
                                ? percent(e.getValue()[0], e.getValue()[1]) : DisclosureControl.SUPPRESSED));
                    });
            blocks.add(Block.table("Themes of the findings over the period", List.of("Theme",
                    "Files with a finding", "Files audited", "% with a finding"), rows));
            blocks.add(Block.paragraph("A file audited in several cycles' samples counts once in each; the most "
                    + "frequent " + Math.min(THEMES, themes.size()) + " themes are shown."));
        }

        blocks.add(Block.subheading("The child's experience"));
        List<DomainGrade> domains = domainGrades.forCycles(cycles.stream().map(CyclePeriod::id).toList()).stream()
                .filter(d -> d.kind() == AuditKind.AUDIT && FinalAnswerService.COUNTED.contains(d.status())).toList();
        if (domains.isEmpty()) {
            blocks.add(Block.paragraph("Grades per domain of the child's experience (seen alone, voice recorded and "
                    + "used, lived experience, impact of the work) are not recorded in this period's audits: the "
                    + "checklists used had no such domains."));
        } else {
            blocks.add(Block.paragraph("How practice looks from the child's side: the final grade of each graded "
                    + "domain (agreed at moderation where moderated, else the auditor's) of the audits done."));
            Map<String, List<String>> byDomain = new LinkedHashMap<>();
            domains.forEach(d -> byDomain.computeIfAbsent(d.domainTitle(), k -> new ArrayList<>()).add(d.finalGrade()));
            List<GradingRules.Distribution> rows = new ArrayList<>();
            byDomain.forEach((title, list) -> rows.add(GradingRules.distribution(title, list)));
            blocks.add(distributionTable("Grades per domain of the child's experience", "Domain", rows, null, null,
                    policy, false));
        }
        return blocks;
    }

    /** A grade distribution table with a total row; cycles' audits done tie the rows to the compliance table. */
    private Block distributionTable(String caption, String what, List<GradingRules.Distribution> rows,
                                    Map<Long, CycleProgress> progress, List<CyclePeriod> cycles,
                                    DisclosureControl policy, boolean totalRow) {
        DisclosureControl.Table t = policy.table();
        String[] grades = {"O", "G", "RI", "I", "NG"};
        long[] totals = new long[grades.length];
        for (int r = 0; r < rows.size(); r++) {
            GradingRules.Distribution d = rows.get(r);
            long[] v = {d.outstanding(), d.good(), d.requiresImprovement(), d.inadequate(), d.notGraded()};
            List<DisclosureControl.Cell> parts = new ArrayList<>();
            for (int g = 0; g < grades.length; g++) {
                parts.add(t.sensitive(r + ":" + grades[g], v[g]));
                totals[g] += v[g];
            }
            long all = d.graded() + d.notGraded();
            Optional<CyclePeriod> cycle = cycles == null ? Optional.empty()
                    : cycles.stream().filter(c -> c.name().equals(d.label())).findFirst();
            if (cycle.isPresent() && progress.get(cycle.get().id()).done() == all) {
                t.sum(t.process(r + ":done", all), parts);
            } else {
                t.sum(t.unprinted(r + ":all", all), parts);
            }
        }
        List<DisclosureControl.Cell> totalCells = new ArrayList<>();
        for (int g = 0; g < grades.length && totalRow; g++) {
            DisclosureControl.Cell total = t.sensitive("total:" + grades[g], totals[g]);
            totalCells.add(total);
            List<DisclosureControl.Cell> column = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                column.add(t.cell(r + ":" + grades[g]));
            }
            t.sum(total, column);
        }
        DisclosureControl.Protection p = t.protect();
        List<List<String>> printed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(rows.get(r).label());
            for (String g : grades) {
                row.add(p.show(r + ":" + g));
            }
            printed.add(row);
        }
        if (totalRow && rows.size() > 1) {
            List<String> row = new ArrayList<>();
            row.add("All");
            totalCells.forEach(c -> row.add(p.show(c)));
            printed.add(row);
        }
        if (rows.isEmpty()) {
            return Block.paragraph("No graded audit in the period.");
        }
        return Block.table(caption, List.of(what, "Outstanding", "Good", "Requires improvement to be good",
                "Inadequate", "Not graded"), printed);
    }

    // --- 2 How do we know it? ---------------------------------------------------------------------------------------

    private List<Block> how(List<CyclePeriod> cycles, Map<Long, CycleProgress> progress, GradingOverview grades,
                            DisclosureControl policy, LocalDate from, LocalDate to) {
        List<Block> blocks = new ArrayList<>();
        int assigned = progress.values().stream().mapToInt(CycleProgress::audits).sum();
        int done = progress.values().stream().mapToInt(CycleProgress::done).sum();
        blocks.add(Block.paragraph(cycles.size() + " monthly audit cycle" + (cycles.size() == 1 ? "" : "s")
                + " started in the period. Each drew a reproducible random sample of the month's cases (frame, "
                + "population, seed and method are kept and printed in each cycle's committee pack); " + done + " of "
                + assigned + " assigned audits are done. A share of the audits was moderated by a second, senior "
                + "auditor, blind where possible; where they differed, a final answer and grade were agreed."));
        blocks.add(Block.subheading("Samples, moderation and agreement"));
        List<List<String>> rows = new ArrayList<>();
        int moderatedAll = 0;
        for (CyclePeriod c : cycles) {
            CycleAgreement a = moderation.cycleAgreement(c.id());
            moderatedAll += a.moderatedAudits();
            CycleProgress pr = progress.get(c.id());
            rows.add(Block.row(c.name(), String.valueOf(pr.audits()), String.valueOf(pr.done()),
                    String.valueOf(a.moderatedAudits()), a.compliance().items() == 0 ? "none compared"
                            : Math.round(a.compliance().percentAgreement()) + "%",
                    a.compliance().items() == 0 || Double.isNaN(a.compliance().gwetsAc1()) ? "-"
                            : String.format(Locale.UK, "%.2f", a.compliance().gwetsAc1())));
        }
        if (rows.isEmpty()) {
            blocks.add(Block.paragraph("No cycle to report."));
        } else {
            blocks.add(Block.table("Samples, moderation and agreement per cycle", List.of("Cycle", "Audits assigned",
                    "Audits done", "Audits moderated", "Answers agreed", "Gwet's AC1"), rows));
            blocks.add(Block.paragraph("Moderated: " + moderatedAll + " of " + done + " audits done ("
                    + percent(moderatedAll, done) + "). Answers agreed is the per cent of compliance answers on which "
                    + "auditor and moderator agreed; Gwet's AC1 is agreement beyond chance (1 is perfect), chosen over "
                    + "Cohen's kappa because one answer dominates most questions."));
        }

        blocks.add(Block.subheading("How reliable the grading is"));
        blocks.add(Block.paragraph("How often moderation left the auditor's overall grade as given, and which way it "
                + "moved when it did not. \"Auditor higher\" means the auditor graded the work better than moderation "
                + "agreed: the kinder grading inspectors look for."));
        blocks.add(changesTable(grades, policy));

        blocks.add(Block.subheading("Family feedback"));
        blocks.add(feedbackTable(cycles, policy));

        blocks.add(Block.subheading("Multi-agency audits"));
        List<AuditSummary> joint = multiAgency.audits().stream().filter(a -> a.panelDate() != null
                && !a.panelDate().isBefore(from) && !a.panelDate().isAfter(to)).toList();
        if (joint.isEmpty()) {
            blocks.add(Block.paragraph("No multi-agency audit held its panel in the period."));
        } else {
            blocks.add(Block.paragraph(joint.size() + " multi-agency audit" + (joint.size() == 1 ? "" : "s")
                    + " held a panel in the period:"));
            for (AuditSummary a : joint) {
                blocks.add(Block.bullet(a.theme() + ": panel " + Formats.date(a.panelDate()) + ", "
                        + (policy.primary(a.children()) ? DisclosureControl.SUPPRESSED : String.valueOf(a.children()))
                        + " children; " + a.returnsSubmitted() + " of " + a.returnsExpected()
                        + " agency returns submitted"));
            }
        }
        return blocks;
    }

    /** Links sent (a process count), answered and expired (families' responses: disclosure controlled). */
    private Block feedbackTable(List<CyclePeriod> cycles, DisclosureControl policy) {
        Map<Long, String> names = new LinkedHashMap<>();
        cycles.forEach(c -> names.put(c.id(), c.name()));
        List<FeedbackResponseRate> rates = feedback.responseRates(names.keySet()).stream()
                .filter(r -> r.sent() > 0).toList();
        if (rates.isEmpty()) {
            return Block.paragraph("No feedback link was sent to a family for the audits of this period.");
        }
        DisclosureControl.Table t = policy.table();
        long sent = 0;
        long answered = 0;
        long expired = 0;
        for (FeedbackResponseRate r : rates) {
            t.sum(t.process(r.cycleId() + ":sent", r.sent()), t.sensitive(r.cycleId() + ":answered", r.answered()),
                    t.sensitive(r.cycleId() + ":expired", r.expired()), t.unprinted(r.cycleId() + ":waiting",
                            r.sent() - r.answered() - r.expired()));
            sent += r.sent();
            answered += r.answered();
            expired += r.expired();
        }
        DisclosureControl.Cell totalAnswered = t.sensitive("all:answered", answered);
        DisclosureControl.Cell totalExpired = t.sensitive("all:expired", expired);
        t.sum(totalAnswered, rates.stream().map(r -> t.cell(r.cycleId() + ":answered")).toList());
        t.sum(totalExpired, rates.stream().map(r -> t.cell(r.cycleId() + ":expired")).toList());
        DisclosureControl.Protection p = t.protect();
        List<List<String>> rows = new ArrayList<>();
        for (FeedbackResponseRate r : rates) {
            String a = r.cycleId() + ":answered";
            rows.add(Block.row(names.get(r.cycleId()), String.valueOf(r.sent()), p.show(a),
                    p.show(r.cycleId() + ":expired"), p.suppressed(a) ? DisclosureControl.SUPPRESSED
                            : percent(r.answered(), r.sent())));
        }
        rows.add(Block.row("All cycles", String.valueOf(sent), p.show(totalAnswered), p.show(totalExpired),
                p.suppressed(totalAnswered) ? DisclosureControl.SUPPRESSED : percent(answered, sent)));
        return Block.table("Family feedback: response rates", List.of("Cycle", "Links sent", "Answered",
                "Expired unanswered", "Response rate"), rows);
    }

    private Block changesTable(GradingOverview grades, DisclosureControl policy) {
        if (grades.changes().compared() == 0) {
            return Block.paragraph("No moderated audit had both grades in the period.");
        }
        DisclosureControl.Table t = policy.table();
        String[] parts = {"same", "higher", "lower"};
        List<GradingRules.Changes> rows = new ArrayList<>(grades.changesByCycle());
        rows.add(grades.changes());
        for (int r = 0; r < rows.size(); r++) {
            GradingRules.Changes c = rows.get(r);
            t.sum(t.sensitive(r + ":compared", c.compared()), t.sensitive(r + ":same", c.same()),
                    t.sensitive(r + ":higher", c.auditorHigher()), t.sensitive(r + ":lower", c.auditorLower()));
        }
        int last = rows.size() - 1;
        for (String col : List.of("compared", "same", "higher", "lower")) {
            List<DisclosureControl.Cell> column = new ArrayList<>();
            for (int r = 0; r < last; r++) {
                column.add(t.cell(r + ":" + col));
            }
            t.sum(t.cell(last + ":" + col), column);
        }
        DisclosureControl.Protection p = t.protect();
        List<List<String>> printed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            printed.add(Block.row(r == last ? "All cycles" : rows.get(r).label(), p.show(r + ":compared"),
                    p.show(r + ":" + parts[0]), p.show(r + ":" + parts[1]), p.show(r + ":" + parts[2])));
        }
        return Block.table("Overall grades at moderation", List.of("Cycle", "Grades compared", "Agreed",
                "Auditor higher", "Auditor lower"), printed);
    }

    // --- 3 What are we doing about it? ------------------------------------------------------------------------------

    private List<Block> doing(List<CyclePeriod> allCycles, DisclosureControl policy, boolean anonymised,
                              LocalDate from, LocalDate to) {
        List<Block> blocks = new ArrayList<>();
        List<ActionItem> plan = actions.plan(true);
        ZoneId zone = clock.getZone();
        List<ActionItem> agreed = plan.stream().filter(a -> a.createdAt() != null && within(
                a.createdAt().atZone(zone).toLocalDate(), from, to)).toList();
        long completed = plan.stream().filter(a -> a.completedOn() != null && within(a.completedOn(), from, to))
                .count();
        long open = plan.stream().filter(ActionItem::open).count();
        long overdue = plan.stream().filter(ActionItem::overdue).count();
        List<ActionItem> reaudited = plan.stream().filter(a -> a.reauditCycleId() != null).toList();
        blocks.add(Block.paragraph("Each theme the audits found became an action with an owner and a due date; "
                + "closing an action is checked by a targeted re-audit of the questions behind it."));
        blocks.add(Block.subheading("The action plan"));
        blocks.add(Block.table("The action plan in figures", List.of("Measure", "Actions"), List.of(
                Block.row("Agreed in the period", String.valueOf(agreed.size())),
                Block.row("Completed in the period", String.valueOf(completed)),
                Block.row("Open now", String.valueOf(open)),
                Block.row("Overdue now", String.valueOf(overdue)),
                Block.row("Checked by a re-audit", String.valueOf(reaudited.size())))));
        if (!agreed.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ActionItem a : agreed) {
                String issue = anonymised ? (a.theme() == null || a.theme().isBlank() ? Anonymiser.TEXT_OMITTED
                        : a.themeIssue()) : a.issue();
                rows.add(Block.row(a.reference() + ": " + issue, anonymised ? a.ownerRole() : a.owner(),
                        a.dueDate() == null ? "" : Formats.date(a.dueDate()), a.statusLabel()
                                + (a.rag() == null ? "" : " (" + a.ragLabel() + ")")));
            }
            blocks.add(Block.table("Actions agreed in the period", List.of("Issue identified", "Owner", "Due",
                    "Status (RAG)"), rows));
        }

        blocks.add(Block.subheading("Did the change hold? Re-audits before and after"));
        List<List<String>> rows = new ArrayList<>();
        int held = 0;
        int checked = 0;
        for (ActionItem a : reaudited) {
            Optional<ReAuditResult> result = actions.reAuditResult(a.id());
            if (result.isEmpty()) {
                continue;
            }
            for (ReAuditResult.Row r : result.get().rows()) {
                QuestionCompliance before = r.before();
                QuestionCompliance after = r.after();
                String verdict = verdict(before, after);
                if (verdict.startsWith("Held")) {
                    held++;
                }
                if (!AWAITING.equals(verdict)) {
                    checked++;
                }
                rows.add(Block.row(r.question(), a.reference(), before == null ? "no earlier figure"
                        : policy.share(before.compliant(), before.audited()), after == null ? "none audited"
                        : policy.share(after.compliant(), after.audited()), verdict));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(Block.paragraph("No re-audit has been launched yet."));
        } else {
            blocks.add(Block.paragraph("Compliance with each re-checked question in the cycle the action came from "
                    + "(before) and in its re-audit (after). The change held on " + held + " of " + checked
                    + " questions re-audited so far."));
            blocks.add(Block.table("Re-audits: before and after", List.of("Question re-checked", "Action",
                    "Before", "After", "Change held?"), rows));
        }
        return blocks;
    }

    /**
     * Whether the change held on one question: "Held: improved" when the re-audit's compliance is above the earlier
     * rate, or "Held: all compliant" when every file complied; otherwise no change or worse; awaiting while the
     * re-audit has audited nothing.
     */
    static String verdict(QuestionCompliance before, QuestionCompliance after) {
        if (after == null || after.audited() == 0) {
            return AWAITING;
        }
        if (after.compliant() == after.audited()) {
            return "Held: all compliant";
        }
        if (before == null || before.audited() == 0) {
            return "Not held: not all compliant";
        }
        long a = (long) after.compliant() * before.audited();
        long b = (long) before.compliant() * after.audited();
        return a > b ? "Held: improved" : a == b ? "Not held: no change" : "Not held: worse";
    }

    static final String AWAITING = "Awaiting re-audit";

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }
}
