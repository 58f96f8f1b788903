package org.caseaudit.audit.internal;

import static org.caseaudit.security.RunAs.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.GradeInput;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FramePreview;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.SecondDemoCouncil;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;




import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A believable year of monthly S47 audit cycles, made through the sampling, audit and moderation services as the demo
 * users (so every sample record, audit trail entry and answer history is real):
 * <ul>
 * <li>twelve cycles, "S47 enquiries November 2025" to "S47 enquiries October 2026" (the twelve months before the
 * clock's month), each a stratified sample (10% but at least 10, proportional by team, 3 reserves, fixed seeds)
 * drawn from the case register, assigned to the auditors with a 20% blind-moderation share;</li>
 * <li>the eleven earlier cycles complete: every audit answered and submitted, every moderation done blind and its
 * disagreements agreed by the audit lead. Answers confirm the proposals derived from the case record, except that
 * auditors mark many chronologies as out of date ("Partly") early in the year, fewer after the chronology action of
 * spring 2026, so chronology compliance improves; other answers follow fixed per-question rates (seeded);</li>
 * <li>the latest cycle in progress, with the walk-through states: for {@code auditor} one audit not started and one
 * in progress; one audit submitted; one moderated blind and agreed; one waiting for its blind moderation by
 * {@code moderator}; and an independent member's qualitative audit of a case of the same month (on a case of the
 * frame outside the sample).</li>
 * </ul>
 * Every grade and submission is a service call in its own transaction, as from the workspace; an audit's answers are
 * one call ({@link AuditService#saveAnswers}, the same rules as one save each, decision 0036), and the lead's agreement
 * of one moderation is one. Runs after the
 * case demo data; skipped when the latest cycle exists, or when the frame does not come from the case register.
 * Sample records carry today's date as their draw date: they were drawn when the demo data was loaded.
 * <p>
 * Then Southvale, the demo partnership's second council ({@link SecondDemoCouncil}), inside its council's scope and
 * by its own people: three complete cycles ("Southvale S47 audit ..." for the months four to two before the clock's
 * month) on the same checklist version, so the partnership comparison has both councils' n on the same measures.
 */
@Component
@Order(40)
class AuditDemoData implements DemoData {

    static final String TEMPLATE = "s47-enquiry";
    static final int CYCLES = 12;
    static final String NAME_PREFIX = "S47 enquiries ";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Logger log = LoggerFactory.getLogger(AuditDemoData.class);
    /** The month (counted from the oldest cycle, 0) in which the chronology action took effect. */
    private static final int CHRONOLOGY_ACTION_MONTH = 5;

    private final AuditService audits;
    private final ModerationService moderation;
    private final CaseRegisterService register;
    private final AuditCycleService cycles;
    private final SampleService samples;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    /** Who draws, moderates and agrees a council's demo cycles, its cycles' names and its draw seeds. */
    record Cast(String lead, String moderator, String namePrefix, long seedOffset, int atLeast) {
        static final Cast DEMO = new Cast("lead", "moderator", NAME_PREFIX, 0, 10);
        static final Cast SOUTHVALE = new Cast(SecondDemoCouncil.LEAD, SecondDemoCouncil.MODERATOR,
                "Southvale S47 audit ", 7, 12);

        String name(YearMonth month) {
            return namePrefix + month.format(MONTH);
        }
    }

    AuditDemoData(AuditService audits, ModerationService moderation, CaseRegisterService register,
            AuditCycleService cycles, SampleService samples, PlatformTransactionManager transactions, Clock clock,
            JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
        this.audits = audits;
        this.moderation = moderation;
        this.register = register;
        this.cycles = cycles;
        this.samples = samples;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The demo cycles' months, oldest first: the twelve months before the clock's month. */
    static List<YearMonth> months(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int i = CYCLES; i >= 1; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    static String name(YearMonth month) {
        return NAME_PREFIX + month.format(MONTH);
    }

    @Override
    public void load() {
        // the demo council is the lead's: resolved once, as a request resolves it once (decision 0022), and not again
        // for every statement of the year's several thousand service calls
        long demo = as(Cast.DEMO.lead(), council::id, Roles.AUDIT_LEAD);
        // the walk-through names the demo council's auditor and moderator: they must be the lead's council's too
        DemoData.requireMembers(council, demo, "AuditDemoData", List.of(Cast.DEMO.lead(), Cast.DEMO.moderator(),
                "auditor"));
        CouncilScope.run(demo, this::loadDemoCouncil);
        SecondDemoCouncil.id(jdbc).ifPresent(id -> {
            DemoData.requireMembers(council, id, "AuditDemoData", List.of(Cast.SOUTHVALE.lead(),
                    Cast.SOUTHVALE.moderator()));
            CouncilScope.run(id, this::loadSouthvale);
        });
    }

    /** Southvale's complete cycles (skipped when its last one exists, or without its people). */
    private void loadSouthvale() {
        long started = System.nanoTime();
        Cast cast = Cast.SOUTHVALE;
        List<YearMonth> year = months(LocalDate.now(clock));
        List<YearMonth> mine = year.subList(CYCLES - 1 - SecondDemoCouncil.CYCLES, CYCLES - 1);
        Set<String> existing = new HashSet<>();
        as(cast.lead(), () -> cycles.list().stream().map(CycleSummary::name).toList(), Roles.AUDIT_LEAD)
                .forEach(n -> existing.add(n.toLowerCase(Locale.ROOT)));
        int audited = 0;
        for (YearMonth month : mine) {
            if (existing.contains(cast.name(month).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int index = year.indexOf(month);
            Long cycleId = drawAndAssign(month, index, cast);
            if (cycleId == null) {
                return;
            }
            List<AuditSummary> created = as(cast.lead(), () -> {
                audits.createForCycle(cycleId);
                return audits.cycleAudits(cycleId);
            }, Roles.AUDIT_LEAD);
            audited += created.size();
            complete(cycleId, created, index, cast);
        }
        log.info("Southvale demo cycles loaded: {} cycles, {} audits and moderations in {} ms", mine.size(), audited,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void loadDemoCouncil() {
        long started = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        List<YearMonth> months = months(LocalDate.now(clock));
        Set<String> existing = new HashSet<>();
        as("lead", () -> cycles.list().stream().map(CycleSummary::name).toList(), Roles.AUDIT_LEAD)
                .forEach(n -> existing.add(n.toLowerCase(Locale.ROOT)));
        if (existing.contains(name(months.getLast()).toLowerCase(Locale.ROOT))) {
            return;
        }
        int audited = 0;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            if (existing.contains(name(month).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean latest = i == months.size() - 1;
            Long cycleId = drawAndAssign(month, i, Cast.DEMO);
            if (cycleId == null) {
                return;
            }
            List<AuditSummary> created = as("lead", () -> {
                audits.createForCycle(cycleId);
                return audits.cycleAudits(cycleId);
            }, Roles.AUDIT_LEAD);
            audited += created.size();
            if (latest) {
                walkThrough(cycleId, month, created, i);
            } else {
                complete(cycleId, created, i, Cast.DEMO);
            }
        }
        log.info("Demo audit year loaded: {} cycles, {} audits and moderations in {} ms ({} ms CPU in this thread)",
                months.size(), audited, (System.nanoTime() - started) / 1_000_000,
                threads.isCurrentThreadCpuTimeSupported() ? (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000
                        : -1);
    }

    /** Creates the month's cycle, draws and assigns its sample; null (and a warning) when the frame is not real. */
    private Long drawAndAssign(YearMonth month, int index, Cast cast) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        LocalDate due = to.plusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        FrameDefinition frame = FrameDefinition.period(from, to);
        SampleDesign design = SampleDesign.stratified(new SampleSize.Percentage(BigDecimal.TEN, cast.atLeast(), null),
                3, Allocation.PROPORTIONAL, false);
        return as(cast.lead(), () -> {
            FramePreview preview = samples.preview(frame, null);
            long inRegister = register.count(new CaseFilter(null, from, to, null, null, null));
            if (preview.size() < cast.atLeast() || preview.size() != inRegister) {
                log.warn("Audit demo data skipped: the frame for {} has {} cases, the register {}", month,
                        preview.size(), inRegister);
                return null;
            }
            CycleSummary cycle = cycles.create(new CycleDetails(cast.name(month), TEMPLATE, 1, due, frame, design,
                    20));
            samples.draw(cycle.id(), cycle.version(),
                    2026_0000L + month.getYear() * 100L + month.getMonthValue() + cast.seedOffset());
            samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 4_200L + index + cast.seedOffset());
            return cycle.id();
        }, Roles.AUDIT_LEAD);
    }

    /** A finished cycle: every audit answered and submitted, moderations done and agreed, the cycle complete. */
    private void complete(long cycleId, List<AuditSummary> created, int monthIndex, Cast cast) {
        for (AuditSummary a : created) {
            if (a.kind() == AuditKind.AUDIT) {
                answerAndSubmit(a, monthIndex, Integer.MAX_VALUE, true);
            }
        }
        for (AuditSummary m : created) {
            if (m.kind() == AuditKind.MODERATION) {
                AuditSummary audit = created.stream().filter(a -> a.id() == m.moderatesAuditId()).findFirst()
                        .orElseThrow();
                moderate(m, audit, monthIndex, cast.moderator());
                agree(audit.id(), cast.lead());
            }
        }
        as(cast.lead(), () -> {
            CycleSummary c = cycles.get(cycleId);
            c = cycles.advance(cycleId, c.version());
            return cycles.advance(cycleId, c.version());
        }, Roles.AUDIT_LEAD);
    }

    /** The latest cycle, in progress, with one audit in each state the walk-through shows. */
    private void walkThrough(long cycleId, YearMonth month, List<AuditSummary> created, int monthIndex) {
        List<AuditSummary> auditsOnly = created.stream().filter(a -> a.kind() == AuditKind.AUDIT).toList();
        List<AuditSummary> moderated = auditsOnly.stream().filter(a -> moderationOf(created, a.id()) != null).toList();
        List<AuditSummary> plain = new ArrayList<>(auditsOnly.stream()
                .filter(a -> moderationOf(created, a.id()) == null).toList());
        Set<Long> handled = new HashSet<>();

        // auditor: one not started (left alone), one in progress
        List<AuditSummary> mine = plain.stream().filter(a -> a.auditor().equals("auditor")).toList();
        if (mine.size() >= 2) {
            handled.add(mine.get(0).id());
            answerAndSubmit(mine.get(1), monthIndex, 6, false);
            handled.add(mine.get(1).id());
        } else {
            log.warn("Audit demo data: auditor has {} unmoderated audits in {}", mine.size(), month);
        }
        // one moderated blind and agreed; one waiting for its blind moderation by moderator
        if (!moderated.isEmpty()) {
            AuditSummary agreed = moderated.getFirst();
            answerAndSubmit(agreed, monthIndex, Integer.MAX_VALUE, true);
            moderate(moderationOf(created, agreed.id()), agreed, monthIndex, Cast.DEMO.moderator());
            agree(agreed.id(), Cast.DEMO.lead());
            handled.add(agreed.id());
        }
        if (moderated.size() >= 2) {
            AuditSummary waiting = moderated.get(1);
            answerAndSubmit(waiting, monthIndex, Integer.MAX_VALUE, true);
            handled.add(waiting.id());
        }
        // the rest: about half submitted, the others started; the first of them submitted for the walk-through
        int k = 0;
        for (AuditSummary a : plain) {
            if (handled.contains(a.id())) {
                continue;
            }
            boolean submit = k++ % 2 == 0;
            answerAndSubmit(a, monthIndex, submit ? Integer.MAX_VALUE : 12, submit);
        }
        qualitative(cycleId, month, created);
    }

    /** An independent member's qualitative audit of a case of the month outside the sample. */
    private void qualitative(long cycleId, YearMonth month, List<AuditSummary> created) {
        Set<Long> sampled = new HashSet<>();
        created.forEach(a -> sampled.add(a.caseId()));
        as("lead", () -> {
            SampleRecord record = samples.sample(cycleId).orElseThrow();
            SampleItemInfo reserve = record.items().stream()
                    .filter(i -> i.status() == SampleItemInfo.Status.RESERVE)
                    .filter(i -> !sampled.contains(i.caseId())).findFirst().orElse(null);
            if (reserve == null) {
                log.warn("Audit demo data: no case left in {} for the qualitative audit", month);
                return null;
            }
            CycleSummary cycle = cycles.get(cycleId);
            return audits.assign(List.of(new AuditAssignment(cycleId, reserve.caseId(),
                    reserve.caseReference(), "qualitative-decision-making", 1, "member", null, true, cycle.dueDate())));
        }, Roles.AUDIT_LEAD);
    }

    private static AuditSummary moderationOf(List<AuditSummary> created, long auditId) {
        return created.stream().filter(a -> a.kind() == AuditKind.MODERATION && a.moderatesAuditId() != null
                && a.moderatesAuditId() == auditId).findFirst().orElse(null);
    }

    /**
     * Answers up to {@code limit} questions of an audit as its auditor, with a grade and submission when
     * {@code submit}: the grade, the answers (one call) and the submission each a service call in its own transaction.
     */
    private void answerAndSubmit(AuditSummary audit, int monthIndex, int limit, boolean submit) {
        String role = audit.auditor().equals("moderator") ? Roles.MODERATOR : Roles.AUDITOR;
        Random rnd = new Random(31L * audit.caseId() + monthIndex);
        as(audit.auditor(), () -> {
            AuditDetails d = audits.open(audit.id());
            long version = d.version();
            int answered = 0;
            int findings = 0;
            List<AnswerInput> inputs = new ArrayList<>();
            for (QuestionDefinition q : d.template().questions().toList()) {
                if (q.scale().options().isEmpty() || answered >= limit) {
                    continue;
                }
                answered++;
                AnswerState s = d.answersByQuestion().get(q.id());
                Choice c = choose(q, s, monthIndex, rnd);
                if (q.scale().nonCompliantOptions().contains(c.value())) {
                    findings++;
                }
                inputs.add(new AnswerInput(q.id(), c.value(), c.note(), "Case notes", c.overrideReason(), s.version()));
            }
            if (submit) {
                // the grade first: answering moves the audit's version on
                String grade = findings <= 2 ? (rnd.nextInt(6) == 0 ? "Outstanding" : "Good")
                        : findings <= 6 ? "Requires improvement to be good" : "Inadequate";
                audits.saveGrade(audit.id(), new GradeInput(grade, rationale(grade, findings),
                        "Child seen promptly and their wishes recorded", version));
            }
            audits.saveAnswers(audit.id(), inputs);
            if (submit) {
                audits.submit(audit.id());
            }
            return null;
        }, role, Roles.AUDITOR);
    }

    /** The moderator's blind answers: the auditor's reading of the file, differing now and then. */
    private void moderate(AuditSummary moderationTask, AuditSummary audit, int monthIndex, String moderator) {
        Random rnd = new Random(17L * audit.caseId() + monthIndex);
        as(moderator, () -> {
            AuditDetails d = audits.open(moderationTask.id());
            long version = d.version();
            int findings = 0;
            List<AnswerInput> inputs = new ArrayList<>();
            Random same = new Random(31L * audit.caseId() + monthIndex);
            for (QuestionDefinition q : d.template().questions().toList()) {
                if (q.scale().options().isEmpty()) {
                    continue;
                }
                AnswerState s = d.answersByQuestion().get(q.id());
                Choice c = choose(q, s, monthIndex, same);
                if (rnd.nextDouble() < 0.07 && q.scale().options().size() > 2) {
                    String other = q.scale().options().get(
                            (q.scale().options().indexOf(c.value()) + 1) % (q.scale().options().size() - 1));
                    boolean overrides = s.derivedValue() != null && !other.equals(s.derivedValue());
                    c = new Choice(other, q.scale().nonCompliantOptions().contains(other)
                            ? "Moderator's reading of the file: " + Objects.requireNonNullElse(q.findingText(),
                            "not fully evidenced") : null,
                            overrides ? "Moderator's reading of the case record differs from the proposal" : null);
                }
                if (q.scale().nonCompliantOptions().contains(c.value())) {
                    findings++;
                }
                inputs.add(new AnswerInput(q.id(), c.value(), c.note(), "Case notes", c.overrideReason(),
                        s.version()));
            }
            String grade = findings <= 2 ? "Good" : findings <= 6 ? "Requires improvement to be good" : "Inadequate";
            audits.saveGrade(moderationTask.id(), new GradeInput(grade, rationale(grade, findings),
                    "Child seen promptly", version));
            audits.saveAnswers(moderationTask.id(), inputs);
            audits.submit(moderationTask.id());
            return null;
        }, Roles.MODERATOR, Roles.AUDITOR);
    }

    /** The audit lead settles every disagreement (the moderator's reading, mostly) and completes the moderation. */
    private void agree(long auditId, String lead) {
        as(lead, () -> transaction.execute(status -> {
            Comparison c = moderation.comparison(auditId);
            int n = 0;
            for (Comparison.Row row : c.rows()) {
                if (!row.agrees()) {
                    boolean auditorRight = n++ % 3 == 2 && row.auditorValue() != null;
                    moderation.agree(auditId, row.questionId(), auditorRight ? row.auditorValue()
                            : row.moderatorValue(),
                            auditorRight ? "Agreed at moderation: the auditor's evidence note settles it"
                                    : "Agreed at moderation: the file supports the moderator's reading");
                }
            }
            moderation.complete(auditId);
            return null;
        }), Roles.AUDIT_LEAD);
    }

    record Choice(String value, String note, String overrideReason) {
    }

    /**
     * The demo auditor's answer: the proposal where there is one (chronologies marked out of date more often before
     * the spring 2026 action), else a seeded choice at the question's rate.
     */
    static Choice choose(QuestionDefinition q, AnswerState s, int monthIndex, Random rnd) {
        List<String> options = q.scale().options();
        double u = rnd.nextDouble();
        String derived = s == null ? null : s.derivedValue();
        if (derived != null && options.contains(derived)) {
            if (q.id().equals("chronology-on-file") && derived.equals("Yes") && u < outOfDateShare(monthIndex)) {
                return new Choice("Partly", "A chronology is on file but was not updated after the strategy discussion",
                        "The chronology on file is out of date: not updated after the strategy discussion");
            }
            return new Choice(derived, q.scale().nonCompliantOptions().contains(derived)
                    ? "Confirmed on the file: " + Objects.requireNonNullElse(q.findingText(), "not evidenced") : null,
                    null);
        }
        if (q.scale() == AnswerScale.OFSTED_GRADE) {
            String grade = u < 0.12 ? "Outstanding" : u < 0.74 ? "Good" : u < 0.95 ? "Requires improvement to be good"
                    : "Inadequate";
            return new Choice(grade, q.scale().nonCompliantOptions().contains(grade)
                    ? "The analysis does not weigh the history against the current concern" : null, null);
        }
        double notApplicable = switch (q.id()) {
            case "shared-without-consent-justified", "shared-without-consent-authorised" -> 0.8;
            case "abe-procedures-referenced" -> 0.65;
            case "early-help-assessment-quality" -> 0.7;
            case "police-coordination" -> 0.3;
            default -> 0.03;
        };
        double yes = switch (q.id()) {
            // recording of the S47 as a record of its own improves after the recording briefing in the summer
            case "s47-standalone-record" -> 0.62 + 0.025 * monthIndex;
            case "threshold-decision-recorded" -> 0.84;
            case "acknowledgement-to-referrer" -> 0.66;
            case "consent-at-strategy-meeting" -> 0.6;
            case "supervision-direction-on-file" -> 0.7;
            case "other-children-considered" -> 0.78;
            case "analysis-after-checks" -> 0.72;
            default -> 0.86;
        };
        String value;
        if (u < notApplicable && options.contains("Not applicable")) {
            value = "Not applicable";
        } else {
            double v = rnd.nextDouble();
            if (v < yes) {
                value = "Yes";
            } else if (options.contains("Partly") && v < yes + (1 - yes) * 0.6) {
                value = "Partly";
            } else {
                value = "No";
            }
        }
        String note = q.scale().nonCompliantOptions().contains(value)
                ? "Seen on the file: " + Objects.requireNonNullElse(q.findingText(), "not evidenced") : null;
        return new Choice(value, note, null);
    }

    /** The share of chronologies on file that auditors find out of date: high, then falling after the action. */
    static double outOfDateShare(int monthIndex) {
        if (monthIndex < CHRONOLOGY_ACTION_MONTH) {
            return 0.42;
        }
        return Math.max(0.04, 0.42 - 0.08 * (monthIndex - CHRONOLOGY_ACTION_MONTH + 1));
    }

    private static String rationale(String grade, int findings) {
        return switch (grade) {
            case "Outstanding", "Good" -> "Compliance answers are strong (" + findings
                    + " finding(s)); the child's experience is clear from the file";
            case "Requires improvement to be good" -> findings
                    + " findings, none leaving the child unsafe; recording and oversight need to improve";
            default -> findings + " findings including gaps in oversight that left risk unassessed for a time";
        };
    }
}
