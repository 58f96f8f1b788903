package org.caseaudit.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseaudit.audit.CycleResults;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.shared.ui.Formats;

/**
 * The results workbook of a cycle as data: the answers (one row per audit x question), compliance per question and
 * the sample record. Built here from the other modules' records; {@link ResultsWorkbookRenderer} only writes cells.
 *
 * <p>The anonymised version (panel viewers, independent members) holds: pseudonyms instead of case references
 * ({@link Anonymiser}); "Auditor 1", "Moderator 2"... instead of usernames, numbered in order of first appearance;
 * no free text at all (evidence notes, override and agreement reasons, exclusion and replacement reasons become
 * {@link Anonymiser#TEXT_OMITTED}: the workbench has no "reviewed for publication" mark on answer notes yet); counts of
 * 1 to 5 as "c" and percentages and intervals resting on a suppressed count left out; a frame description rebuilt from
 * the frame's fields without the excluded references.
 */
record ResultsWorkbook(String title, String cycleName, boolean anonymised, String marking, List<String> about,
                       List<Answer> answers, List<Compliance> compliance, List<Fact> sampleFacts,
                       List<Allocation> allocation, List<Drawn> drawn) {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    /** One answer row. Texts are as printed. */
    record Answer(String caseLabel, String number, String section, String question, boolean keyMeasure,
                  String answer, String source, String proposedAnswer, String overrideReason, String evidenceNote,
                  String auditor, String status, boolean moderated, String moderatorAnswer, String agreedAnswer,
                  String agreedReason) {
    }

    /** A count as printed: the number, or "c" when suppressed. */
    record Count(long value, boolean suppressed) {

        static Count of(long value, boolean anonymised) {
            return new Count(value, anonymised && Anonymiser.suppressed(value));
        }
    }

    /** What the compliance sheet needs of a question (from the findings module). Fractions 0..1; null when none. */
    record ComplianceInput(String questionId, String question, boolean keyMeasure, int audited, int compliant,
                           int partly, int nonCompliant, int notApplicable, Double lower, Double upper,
                           boolean smallSample) {
    }

    /** One compliance row. {@code fraction}, {@code lower}, {@code upper} are null when not shown. */
    record Compliance(String number, String question, boolean keyMeasure, Count audited, Count compliant,
                      Count partly, Count nonCompliant, Count notApplicable, Double fraction, Double lower,
                      Double upper, boolean suppressed, boolean smallSample) {
    }

    /** A line of the sample record: label and text, or label and number. */
    record Fact(String label, String text, Long number) {

        static Fact text(String label, String text) {
            return new Fact(label, text, null);
        }

        static Fact count(String label, Count count) {
            return count.suppressed() ? new Fact(label, Anonymiser.SUPPRESSED, null)
                    : new Fact(label, null, count.value());
        }
    }

    /** One stratum of a stratified allocation. */
    record Allocation(String stratum, Count population, String quota, Count sample, Count reserves) {
    }

    /** One drawn case in draw order. */
    record Drawn(long drawOrder, String kind, String caseLabel, String team, String status, String replaces,
                 String reason, String changedBy, LocalDate changedOn, String auditor, String moderator) {
    }

    /** What the builder needs besides the records. */
    record Context(long cycleId, String cycleName, LocalDate periodStart, LocalDate periodEnd, String templateId,
                   Integer templateVersion, boolean anonymised, String marking, String generatedBy,
                   Instant generatedAt) {
    }

    static ResultsWorkbook build(Context context, CycleResults results, Optional<SampleRecord> sample,
                                 List<ComplianceInput> compliance, Anonymiser anonymiser) {
        return build(context, results, sample, compliance, anonymiser, null);
    }

    /**
     * {@code figures}: the compliance counts protected by the disclosure-control policy (secondary suppression
     * included); null to apply primary suppression alone (tests of the layout).
     */
    static ResultsWorkbook build(Context context, CycleResults results, Optional<SampleRecord> sample,
                                 List<ComplianceInput> compliance, Anonymiser anonymiser,
                                 org.caseaudit.findings.DisclosedFigures figures) {
        boolean anon = context.anonymised();
        Labels labels = new Labels(context.cycleId(), anon, anonymiser, results, sample);

        List<Answer> answers = new ArrayList<>(results.rows().size());
        Map<String, String> numbers = new HashMap<>();
        for (CycleResults.Row r : results.rows()) {
            numbers.putIfAbsent(r.questionId(), r.number());
            answers.add(new Answer(labels.caseLabel(r.caseReference()), r.number(), r.section(), r.question(),
                    r.keyMeasure(), r.answer(), r.source().label(), r.proposedAnswer(), labels.text(r.overrideReason()),
                    labels.text(r.evidenceNote()), labels.auditor(r.auditor()), r.status().label(), r.moderated(),
                    r.moderatorAnswer(), r.agreedAnswer(), labels.text(r.agreedReason())));
        }

        if (figures == null) {
            List<org.caseaudit.findings.QuestionCompliance> qs = compliance.stream()
                    .map(c -> org.caseaudit.findings.QuestionCompliance.of(context.templateId(), c.questionId(), "",
                            c.question(), null, c.keyMeasure(), c.compliant(), c.partly(), c.nonCompliant(),
                            c.notApplicable())).toList();
            figures = org.caseaudit.findings.DisclosedFigures.builder(anon
                    ? org.caseaudit.findings.DisclosureControl.standard()
                    : new org.caseaudit.findings.DisclosureControl(0))
                    .questions(context.cycleId(), qs, null, true).build();
        }
        List<Compliance> rows = new ArrayList<>();
        for (ComplianceInput c : compliance) {
            if (figures != null) {
                long id = context.cycleId();
                String q = c.questionId();
                var month = figures.month(id, q);
                boolean hidden = anon && !month.shareShown() && c.audited() > 0;
                rows.add(new Compliance(numbers.getOrDefault(q, ""), c.question(), c.keyMeasure(),
                        shown(c.audited(), month.auditedText()), shown(c.compliant(), month.compliantText()),
                        shown(c.partly(), figures.count(id, q, "partly")),
                        shown(c.nonCompliant(), figures.count(id, q, "not")),
                        shown(c.notApplicable(), figures.count(id, q, "na")),
                        hidden || c.audited() == 0 ? null : (double) c.compliant() / c.audited(),
                        hidden ? null : c.lower(), hidden ? null : c.upper(), hidden, c.smallSample()));
                continue;
            }
            boolean hidden = anon && Anonymiser.suppressed(c.compliant(), c.audited());
            rows.add(new Compliance(numbers.getOrDefault(c.questionId(), ""), c.question(), c.keyMeasure(),
                    Count.of(c.audited(), anon), Count.of(c.compliant(), anon), Count.of(c.partly(), anon),
                    Count.of(c.nonCompliant(), anon), Count.of(c.notApplicable(), anon),
                    hidden || c.audited() == 0 ? null : (double) c.compliant() / c.audited(),
                    hidden ? null : c.lower(), hidden ? null : c.upper(), hidden, c.smallSample()));
        }
        if (anon) {
            // aggregates only: no row per case (answers, drawn cases) and so no team at case level
            answers.clear();
        }

        List<Fact> facts = new ArrayList<>();
        List<Allocation> allocation = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        sample.ifPresentOrElse(s -> {
            facts.add(Fact.text("Frame definition", anon ? anonymousFrame(s.frame()) : s.frameDescription()));
            facts.add(Fact.count("Population (cases in the frame)", Count.of(s.populationSize(), anon)));
            facts.add(Fact.text("Sampling method", s.method().label()));
            facts.add(Fact.text("Method version", s.methodVersion()));
            facts.add(Fact.text("Design", s.designDescription()));
            facts.add(new Fact("Seed", null, s.seed()));
            facts.add(Fact.text("Seed source", s.seedGenerated() ? "generated at the draw"
                    : "entered by the audit lead"));
            facts.add(Fact.text("Frame SHA-256 (sorted case ids)", s.frameSha256()));
            facts.add(Fact.count("Sample size", Count.of(s.sampleSize(), anon)));
            facts.add(Fact.count("Reserves drawn", Count.of(s.reserveCount(), anon)));
            facts.add(Fact.text("Drawn by", anon ? "the audit lead" : s.drawnBy()));
            facts.add(Fact.text("Drawn at", Formats.dateTime(s.drawnAt())));
            facts.add(Fact.text("Locked (assigned)", s.locked()
                    ? (anon ? "" : s.lockedBy() + ", ") + Formats.dateTime(s.lockedAt()) : "not yet"));
            if (s.moderationPercent() != null) {
                facts.add(Fact.text("Moderation share", s.moderationPercent() + "% (seed " + s.moderationSeed() + ")"));
            }
            long excluded = s.items().stream().filter(i -> i.status() == SampleItemInfo.Status.EXCLUDED).count();
            long replacements = s.items().stream().filter(i -> i.status() == SampleItemInfo.Status.REPLACEMENT).count();
            facts.add(Fact.count("Cases excluded after the draw", Count.of(excluded, anon)));
            facts.add(Fact.count("Reserves brought in", Count.of(replacements, anon)));
            for (AllocationRow a : s.allocation()) {
                allocation.add(new Allocation(a.stratum(), Count.of(a.population(), anon),
                        anon && Anonymiser.suppressed(a.population()) ? Anonymiser.SUPPRESSED
                                : a.quota().stripTrailingZeros().toPlainString(),
                        Count.of(a.sample(), anon), Count.of(a.reserves(), anon)));
            }
            for (SampleItemInfo i : anon ? List.<SampleItemInfo>of() : s.items()) {
                drawn.add(new Drawn(i.drawOrder(), i.kind() == org.caseaudit.sampling.DrawnItem.Kind.SAMPLE
                        ? "Sample" : "Reserve",
                        labels.caseLabel(i.caseReference()), i.team(), i.status().label(),
                        i.replacesReference() == null ? null : labels.caseLabel(i.replacesReference()),
                        labels.text(i.reason()), anon ? null : i.changedBy(),
                        i.changedAt() == null ? null : i.changedAt().atZone(Formats.ZONE).toLocalDate(),
                        labels.auditor(i.auditor()), labels.moderator(i.moderator())));
            }
        }, () -> facts.add(Fact.text("Sample", "No sample has been drawn for this cycle.")));

        List<String> about = new ArrayList<>();
        about.add("Cycle: " + context.cycleName());
        if (context.periodStart() != null) {
            about.add("Period: " + Formats.date(context.periodStart()) + " to " + Formats.date(context.periodEnd()));
        }
        if (context.templateId() != null) {
            about.add("Checklist: " + context.templateId() + " version " + context.templateVersion());
        }
        about.add("Protective marking: " + context.marking());
        about.add("Produced " + Formats.dateTime(context.generatedAt()) + " by "
                + (anon ? "the Case Audit Workbench" : context.generatedBy()) + ".");
        about.add(anon ? Anonymiser.STATEMENT + " " + (figures == null ? "" : figures.statement())
                : "This version identifies cases and staff: do not publish it or send it outside the service.");
        about.add(anon ? "Sheets: Compliance (per question: audited = compliant + partly + not compliant, \"Not "
                + "applicable\" left out; 95% Wilson interval) and Sample record (how the sample was drawn). This "
                + "version holds aggregates only: no row per case and no team of a case; the full workbook, for the "
                + "audit lead, has the answers and the drawn cases."
                : "Sheets: Answers (one row per audit and question), Compliance (per question: audited = compliant + "
                + "partly + not compliant, \"Not applicable\" left out; 95% Wilson interval), Sample record (how the "
                + "sample was drawn, and every drawn case in draw order).");
        String title = "Audit results: " + context.cycleName() + (anon ? " (anonymised)" : "");
        return new ResultsWorkbook(title, context.cycleName(), anon, context.marking(), about, answers, rows,
                facts, allocation,
                drawn);
    }

    private static Count shown(long value, String text) {
        return new Count(value, org.caseaudit.findings.DisclosureControl.SUPPRESSED.equals(text));
    }

    /** The frame's definition from its fields: no case references, no reasons. */
    static String anonymousFrame(FrameDefinition f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.dateField().label() + " from " + Formats.date(f.from()) + " to " + Formats.date(f.to()));
        parts.add(f.teams().isEmpty() ? "all teams" : "teams: " + String.join(", ", f.teams()));
        if (!f.outcomes().isEmpty()) {
            parts.add("S47 outcomes: " + String.join(", ", f.outcomes()));
        }
        if (f.excludeAuditedWithinMonths() > 0) {
            parts.add("excluding cases sampled in the " + f.excludeAuditedWithinMonths() + " months before the draw");
        }
        if (!f.excludedReferences().isEmpty()) {
            parts.add("excluding " + Anonymiser.count(f.excludedReferences().size())
                    + " case(s) named by reference (references and reasons withheld)");
        }
        return String.join("; ", parts);
    }

    /** Case and staff labels of one workbook: as they are, or pseudonyms and numbered roles. */
    private static final class Labels {

        private final boolean anonymised;
        private final long cycleId;
        private final Anonymiser anonymiser;
        private final Map<String, String> pseudonyms;
        private final Map<String, String> auditors = new LinkedHashMap<>();
        private final Map<String, String> moderators = new LinkedHashMap<>();

        Labels(long cycleId, boolean anonymised, Anonymiser anonymiser, CycleResults results,
               Optional<SampleRecord> sample) {
            this.anonymised = anonymised;
            this.cycleId = cycleId;
            this.anonymiser = anonymiser;
            if (anonymised) {
                Set<String> references = new LinkedHashSet<>();
                results.rows().forEach(r -> references.add(r.caseReference()));
                sample.ifPresent(s -> s.items().forEach(i -> references.add(i.caseReference())));
                pseudonyms = anonymiser.pseudonyms(cycleId, references);
            } else {
                pseudonyms = Map.of();
            }
        }

        String caseLabel(String reference) {
            if (!anonymised || reference == null) {
                return reference;
            }
            String known = pseudonyms.get(reference);
            return known != null ? known : anonymiser.pseudonym(cycleId, reference);
        }

        String auditor(String username) {
            return !anonymised || username == null ? username
                    : auditors.computeIfAbsent(username, u -> "Auditor " + (auditors.size() + 1));
        }

        String moderator(String username) {
            return !anonymised || username == null ? username
                    : moderators.computeIfAbsent(username, u -> "Moderator " + (moderators.size() + 1));
        }

        String text(String freeText) {
            return anonymised ? Anonymiser.freeText(freeText, false) : freeText;
        }
    }
}
