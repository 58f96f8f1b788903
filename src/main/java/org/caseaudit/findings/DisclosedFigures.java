package org.caseaudit.findings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.findings.DisclosureControl.Cell;
import org.caseaudit.findings.DisclosureControl.Protection;
import org.caseaudit.findings.DisclosureControl.Table;

/**
 * The compliance figures of one output, protected together by the {@link DisclosureControl} policy: monthly figures of
 * questions over cycles (compliant, audited, and the files with a finding they imply), a cycle's breakdown (partly,
 * not compliant, not applicable) and theme counts, and rolling three-month figures where a month's share may not be
 * shown. Every figure printed in the output must come from here, so that the sums between them (audited = compliant
 * + findings; a pooled figure = its months) are all known to the protection. With {@code new DisclosureControl(0)}
 * (the full version) nothing is suppressed and the same code prints every figure.
 */
public final class DisclosedFigures {

    /** Months pooled into one figure where a month's own is too small to show. */
    public static final int POOLED_MONTHS = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One figure as it may be shown. {@code pooled}: the months it covers, or null for a month's own figure. */
    public record Figure(long compliant, long audited, String compliantText, String auditedText, boolean shareShown,
            String pooled) {

        /** "70%", or {@value DisclosureControl#SUPPRESSED}, or an en dash when nothing was audited. */
        public String percentText() {
            if (audited == 0) {
                return "\u2013";
            }
            return shareShown ? Math.round(100.0 * compliant / audited) + "%" : DisclosureControl.SUPPRESSED;
        }

        public double percent() {
            return shareShown && audited > 0 ? 100.0 * compliant / audited : Double.NaN;
        }

        /** The 95% interval, when the share is shown. */
        public Optional<ConfidenceInterval> interval() {
            return shareShown && audited > 0 ? Optional.of(ConfidenceInterval.wilson95((int) compliant,
                    (int) audited)) : Optional.empty();
        }
    }

    private final Protection protection;
    private final Map<String, Long> values;
    private final Map<String, String> poolWindows;
    private final DisclosureControl policy;

    private DisclosedFigures(Protection protection, Map<String, Long> values, Map<String, String> poolWindows,
            DisclosureControl policy) {
        this.protection = protection;
        this.values = values;
        this.poolWindows = poolWindows;
        this.policy = policy;
    }

    /** The policy's statement, for the output's cover or About sheet. */
    public String statement() {
        return policy.statement();
    }

    public static Builder builder(DisclosureControl policy) {
        return new Builder(policy);
    }

    public Protection protection() {
        return protection;
    }

    /** A cycle's own figure of a question (an empty, all-zero figure when the question was not counted). */
    public Figure month(long cycleId, String questionId) {
        String k = "m|" + cycleId + "|" + questionId + "|";
        if (!values.containsKey(k + "compliant")) {
            return new Figure(0, 0, "0", "0", false, null);
        }
        return figure(k, null);
    }

    /** The pooled figure ending with this cycle, when the output prints one (the month's share is suppressed). */
    public Optional<Figure> pooled(long cycleId, String questionId) {
        String k = "p|" + cycleId + "|" + questionId + "|";
        String window = poolWindows.get(k);
        return window == null ? Optional.empty() : Optional.of(figure(k, window));
    }

    /** The figure pooled over every printed month of a measure, when the output prints one. */
    public Optional<Figure> wholePeriod(String questionId) {
        String k = "y|" + questionId + "|";
        String window = poolWindows.get(k);
        return window == null ? Optional.empty() : Optional.of(figure(k, window));
    }

    /** The month's figure when its share may be shown, else the pooled one when that may be. */
    public Optional<Figure> reportable(long cycleId, String questionId) {
        Figure m = month(cycleId, questionId);
        if (m.shareShown()) {
            return Optional.of(m);
        }
        return pooled(cycleId, questionId).filter(Figure::shareShown);
    }

    /** A breakdown count of the cycle given to {@link Builder#cycle}: "findings", "partly", "not", "na". */
    public String count(long cycleId, String questionId, String part) {
        return show("m|" + cycleId + "|" + questionId + "|" + part);
    }

    /** A theme's files with findings and files audited, as shown. */
    public String themeFiles(String tag) {
        return show("t|" + tag + "|files");
    }

    public String themeAudited(String tag) {
        return show("t|" + tag + "|audited");
    }

    private String show(String key) {
        if (!values.containsKey(key)) {
            return "0";
        }
        return protection.show(key);
    }

    private Figure figure(String k, String window) {
        long c = values.get(k + "compliant");
        long a = values.get(k + "audited");
        return new Figure(c, a, protection.show(k + "compliant"), protection.show(k + "audited"),
                protection.shareShown(k + "compliant", k + "audited"), window);
    }

    private static final class YearMonthOf {
        static boolean same(LocalDate a, LocalDate b) {
            return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
        }
    }

    /** Collects the figures and their sums, then protects them in two passes (months, then pooled where needed). */
    public static final class Builder {

        private final DisclosureControl policy;
        private final Map<String, long[]> cells = new LinkedHashMap<>(); // value, printed(0/1), process(0/1)
        private final List<String[]> sums = new ArrayList<>();
        private final Map<String, List<Trend.Point>> series = new LinkedHashMap<>();
        private final Map<String, Integer> firstPrinted = new HashMap<>();
        private boolean wholePeriod;
        private boolean lastOnly;

        private Builder(DisclosureControl policy) {
            this.policy = policy;
        }

        /**
         * Monthly figures of questions over cycles (oldest first). Points before {@code printedFrom} (an index into
         * the points) are not printed but count for the pooled figures of the later ones.
         */
        public Builder trend(Trend trend, int printedFrom) {
            String q = trend.questionId();
            series.put(q, List.copyOf(trend.points()));
            firstPrinted.put(q, printedFrom);
            for (int i = 0; i < trend.points().size(); i++) {
                Trend.Point p = trend.points().get(i);
                month(p.cycleId(), q, p.compliant(), p.audited(), i >= printedFrom, false);
            }
            return this;
        }

        /**
         * A cycle's figures per question, with the files with findings printed (themes list them) and, when
         * {@code breakdownPrinted}, partly, not compliant and not applicable too; theme counts of the themes.
         */
        public Builder cycle(CycleCompliance compliance, List<Theme> themes, boolean breakdownPrinted) {
            long id = compliance.cycleId();
            questions(id, compliance.questions(), (long) compliance.progress().done(), breakdownPrinted);
            themes(id, themes);
            return this;
        }

        /** A cycle's questions; {@code done} (audits done, a process count) may be null when not printed. */
        public Builder questions(long id, List<QuestionCompliance> questions, Long done, boolean breakdownPrinted) {
            for (QuestionCompliance q : questions) {
                String k = "m|" + id + "|" + q.questionId() + "|";
                month(id, q.questionId(), q.compliant(), q.audited(), true, true);
                cell(k + "partly", q.partly(), breakdownPrinted, false);
                cell(k + "not", q.nonCompliant(), breakdownPrinted, false);
                sum(k + "findings", k + "partly", k + "not");
                cell(k + "na", q.notApplicable(), breakdownPrinted, false);
                long unanswered = done == null ? -1 : done - q.audited() - q.notApplicable();
                if (unanswered >= 0) {
                    cell("done|" + id, done, true, true);
                    cell(k + "unanswered", unanswered, false, false);
                    sum("done|" + id, k + "audited", k + "na", k + "unanswered");
                }
            }
            return this;
        }

        private void themes(long id, List<Theme> themes) {
            for (Theme t : themes) {
                if (t.questions().size() == 1) {
                    String k = "m|" + id + "|" + t.questions().getFirst().questionId() + "|";
                    cell("t|" + t.tag() + "|files", t.files(), true, false);
                    cell("t|" + t.tag() + "|audited", t.auditedFiles(), true, false);
                    // files with a finding in a theme of one question with findings are that question's; its files
                    // audited may be more (other questions of the theme had no finding)
                    sum("t|" + t.tag() + "|files", k + "findings");
                } else {
                    cell("t|" + t.tag() + "|files", t.files(), true, false);
                    cell("t|" + t.tag() + "|audited", t.auditedFiles(), true, false);
                }
                // "findings in 8 of 10 files" also says 2 files had none
                cell("t|" + t.tag() + "|clean", t.auditedFiles() - t.files(), false, false);
                sum("t|" + t.tag() + "|audited", "t|" + t.tag() + "|files", "t|" + t.tag() + "|clean");
            }
        }

        /**
         * Pool only the figure ending with the last cycle (a report about that cycle): overlapping windows tie every
         * month to the next and cost more figures than they add.
         */
        public Builder poolLastOnly() {
            lastOnly = true;
            return this;
        }

        /**
         * Where a measure has no figure to show in any printed month, not even pooled over three months, print the
         * figure pooled over all its printed months (so a chart is never blank where there were audits).
         */
        public Builder poolWholePeriodWhenNothingShows() {
            wholePeriod = true;
            return this;
        }

        public DisclosedFigures build() {
            // pass 1: months only; pass 2: pooled figures printed where a month's share is not shown
            Built first = protect(Map.of());
            Map<String, String> windows = new HashMap<>();
            for (Map.Entry<String, List<Trend.Point>> e : series.entrySet()) {
                List<Trend.Point> points = e.getValue();
                int from = Math.max(POOLED_MONTHS - 1, firstPrinted.get(e.getKey()));
                for (int i = lastOnly ? Math.max(from, points.size() - 1) : from; i < points.size(); i++) {
                    Trend.Point p = points.get(i);
                    String mk = "m|" + p.cycleId() + "|" + e.getKey() + "|";
                    if (p.audited() == 0 || first.protection.shareShown(mk + "compliant", mk + "audited")) {
                        continue;
                    }
                    windows.put("p|" + p.cycleId() + "|" + e.getKey() + "|", window(points.subList(
                            i - POOLED_MONTHS + 1, i + 1)));
                }
            }
            Built second = windows.isEmpty() ? first : protect(windows);
            if (!wholePeriod) {
                return new DisclosedFigures(second.protection, second.values, windows, policy);
            }
            // pass 3: a series with no figure to show at all gets the figure pooled over all its printed months
            Map<String, String> more = new HashMap<>(windows);
            for (Map.Entry<String, List<Trend.Point>> e : series.entrySet()) {
                List<Trend.Point> printed = e.getValue().subList(firstPrinted.get(e.getKey()), e.getValue().size());
                boolean any = false;
                for (Trend.Point p : printed) {
                    String mk = "m|" + p.cycleId() + "|" + e.getKey() + "|";
                    String pk = "p|" + p.cycleId() + "|" + e.getKey() + "|";
                    any |= p.audited() > 0 && (second.protection.shareShown(mk + "compliant", mk + "audited")
                            || windows.containsKey(pk) && second.protection.shareShown(pk + "compliant",
                            pk + "audited"));
                }
                if (!any && printed.size() > POOLED_MONTHS && printed.stream().anyMatch(p -> p.audited() > 0)) {
                    more.put("y|" + e.getKey() + "|", window(printed));
                }
            }
            if (more.size() == windows.size()) {
                return new DisclosedFigures(second.protection, second.values, windows, policy);
            }
            Built third = protect(more);
            return new DisclosedFigures(third.protection, third.values, more, policy);
        }

        private record Built(Protection protection, Map<String, Long> values) {
        }

        private Built protect(Map<String, String> printedPools) {
            Map<String, long[]> all = new LinkedHashMap<>();
            cells.forEach((k, v) -> all.put(k, v.clone()));
            List<String[]> allSums = new ArrayList<>(sums);
            for (Map.Entry<String, List<Trend.Point>> e : series.entrySet()) {
                List<Trend.Point> points = e.getValue();
                for (int i = POOLED_MONTHS - 1; i < points.size(); i++) {
                    String pk = "p|" + points.get(i).cycleId() + "|" + e.getKey() + "|";
                    if (!printedPools.containsKey(pk)) {
                        continue;
                    }
                    List<Trend.Point> window = points.subList(i - POOLED_MONTHS + 1, i + 1);
                    long c = window.stream().mapToLong(Trend.Point::compliant).sum();
                    long a = window.stream().mapToLong(Trend.Point::audited).sum();
                    all.put(pk + "compliant", new long[] {c, 1, 0});
                    all.put(pk + "audited", new long[] {a, 1, 0});
                    all.put(pk + "findings", new long[] {a - c, 0, 0});
                    allSums.add(new String[] {pk + "audited", pk + "compliant", pk + "findings"});
                    for (String part : List.of("compliant", "audited", "findings")) {
                        String[] s = new String[POOLED_MONTHS + 1];
                        s[0] = pk + part;
                        for (int j = 0; j < POOLED_MONTHS; j++) {
                            s[j + 1] = "m|" + window.get(j).cycleId() + "|" + e.getKey() + "|" + part;
                        }
                        allSums.add(s);
                    }
                }
            }
            for (Map.Entry<String, List<Trend.Point>> e : series.entrySet()) {
                String yk = "y|" + e.getKey() + "|";
                if (!printedPools.containsKey(yk)) {
                    continue;
                }
                List<Trend.Point> window = e.getValue().subList(firstPrinted.get(e.getKey()), e.getValue().size());
                long c = window.stream().mapToLong(Trend.Point::compliant).sum();
                long a = window.stream().mapToLong(Trend.Point::audited).sum();
                all.put(yk + "compliant", new long[] {c, 1, 0});
                all.put(yk + "audited", new long[] {a, 1, 0});
                all.put(yk + "findings", new long[] {a - c, 0, 0});
                allSums.add(new String[] {yk + "audited", yk + "compliant", yk + "findings"});
                for (String part : List.of("compliant", "audited", "findings")) {
                    String[] sum = new String[window.size() + 1];
                    sum[0] = yk + part;
                    for (int j = 0; j < window.size(); j++) {
                        sum[j + 1] = "m|" + window.get(j).cycleId() + "|" + e.getKey() + "|" + part;
                    }
                    allSums.add(sum);
                }
            }
            Table table = policy.table();
            Map<String, Long> values = new HashMap<>();
            all.forEach((k, v) -> {
                values.put(k, v[0]);
                if (v[2] == 1) {
                    table.process(k, v[0]);
                } else if (v[1] == 1) {
                    table.sensitive(k, v[0]);
                } else {
                    table.unprinted(k, v[0]);
                }
            });
            for (String[] s : allSums) {
                List<Cell> parts = new ArrayList<>();
                for (int i = 1; i < s.length; i++) {
                    parts.add(table.cell(s[i]));
                }
                table.sum(table.cell(s[0]), parts);
            }
            return new Built(table.protect(), values);
        }

        private void month(long cycleId, String q, long compliant, long audited, boolean printed,
                boolean findingsPrinted) {
            String k = "m|" + cycleId + "|" + q + "|";
            cell(k + "compliant", compliant, printed, false);
            cell(k + "audited", audited, printed, false);
            cell(k + "findings", audited - compliant, findingsPrinted, false);
            sum(k + "audited", k + "compliant", k + "findings");
        }

        private void cell(String key, long value, boolean printed, boolean process) {
            long[] v = cells.get(key);
            if (v == null) {
                cells.put(key, new long[] {value, printed ? 1 : 0, process ? 1 : 0});
            } else if (v[0] != value) {
                throw new IllegalArgumentException("Two values for " + key + ": " + v[0] + " and " + value);
            } else if (printed) {
                v[1] = 1;
            }
        }

        private void sum(String total, String... parts) {
            String[] s = new String[parts.length + 1];
            s[0] = total;
            System.arraycopy(parts, 0, s, 1, parts.length);
            for (String[] existing : sums) {
                if (java.util.Arrays.equals(existing, s)) {
                    return;
                }
            }
            sums.add(s);
        }

        private static String window(List<Trend.Point> points) {
            LocalDate from = points.getFirst().periodStart();
            LocalDate to = points.getLast().periodStart();
            if (from == null || to == null || YearMonthOf.same(from, to)) {
                return points.getFirst().cycleName() + " to " + points.getLast().cycleName();
            }
            String a = MONTH.format(from);
            String b = MONTH.format(to);
            if (from.getYear() == to.getYear()) {
                a = from.format(DateTimeFormatter.ofPattern("MMMM", Locale.UK));
            }
            return a + " to " + b;
        }
    }
}
