package org.caseaudit.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one disclosure-control policy of every output a panel viewer or independent member can reach (anonymised PDFs
 * and workbooks, the panel's dashboard and action plan), after the GSS/ONS guidance and DfE's "c" convention:
 * <ol>
 * <li><b>Primary suppression</b>: a count of children's cases with a characteristic (compliant, not compliant, partly,
 * not applicable, audited on a question, files with a finding) from 1 to {@link #threshold()} (a setting, default 5)
 * is shown as {@value #SUPPRESSED}. 0 is shown.</li>
 * <li><b>Secondary suppression</b>: an output's figures are one {@link Table} of cells and the sums that tie them
 * (audited = compliant + partly + not compliant; files done = audited + not applicable; a pooled figure = the sum of
 * its months...). Figures the output does not print are unknowns too. Further cells are suppressed until no protected
 * cell (a primary one, printed or not) can be worked out exactly from the printed figures by any combination of those
 * sums: checked by linear algebra over the unknowns, not by a rule of thumb. A cell suppressed for that reason is
 * protected in turn, so no "c" of the output can be worked out. Of the candidates the smallest non-zero
 * figure is suppressed first, so as little as possible is lost.</li>
 * <li><b>No suppression of process counts</b>: figures that describe the service rather than children (audits done,
 * audits moderated, actions open or red) are always shown. Where such figures alone pin a small count down, nothing
 * can be suppressed to prevent it; such cells are reported as {@link Protection#unprotectable()}.</li>
 * <li>A percentage or interval is shown only when both its numerator and its denominator are.</li>
 * </ol>
 * Pure code: the Spring bean ({@code DisclosureSettings}) only supplies the threshold.
 */
public final class DisclosureControl {

    /** What a suppressed figure shows (DfE's convention). */
    public static final String SUPPRESSED = "c";
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public DisclosureControl(int threshold) {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("The disclosure threshold must be between 0 and 100, not " + threshold);
        }
        this.threshold = threshold;
    }

    public static DisclosureControl standard() {
        return new DisclosureControl(DEFAULT_THRESHOLD);
    }

    /** Counts from 1 to this are suppressed. */
    public int threshold() {
        return threshold;
    }

    /** Whether a count of cases with a characteristic is suppressed on its own (primary suppression). */
    public boolean primary(long count) {
        return count >= 1 && count <= threshold;
    }

    /** The policy in one paragraph, for covers, About sheets and the README. */
    public String statement() {
        return "Disclosure control (following the Government Statistical Service guidance and the DfE convention): "
                + "counts of children's cases from 1 to " + threshold + " are shown as \"" + SUPPRESSED + "\", and so "
                + "are further figures from which such a count could be worked out by adding or subtracting other "
                + "figures in this document (secondary suppression). Percentages and intervals are shown only when "
                + "both their counts are. Counts that describe the service rather than children (audits done and "
                + "moderated, actions open and red) are always shown. Where a month has too few files, figures pooled "
                + "over three months are given instead, labelled as pooled.";
    }

    public Table table() {
        return new Table(this);
    }

    /**
     * A share standing alone ("7 of 12 files (58%)", "c of 10 files"): compliant, the files with a finding it implies
     * and audited protected together.
     */
    public String share(long compliant, long audited) {
        if (audited == 0) {
            return "none audited";
        }
        Table t = table();
        Cell c = t.sensitive("compliant", compliant);
        Cell a = t.sensitive("audited", audited);
        t.sum(a, c, t.unprinted("findings", audited - compliant));
        Protection p = t.protect();
        return p.show(c) + " of " + p.show(a) + " files" + (p.shareShown("compliant", "audited")
                ? " (" + Math.round(100.0 * compliant / audited) + "%)" : "");
    }

    /** What a cell is. */
    public enum Kind {
        /** A count of children's cases with a characteristic: primary suppression applies. */
        SENSITIVE,
        /** A count about the service (audits done, actions red): always shown, never suppressed. */
        PROCESS
    }

    /** One figure of an output. {@code printed} false: the output does not show it (an unknown to the reader). */
    public record Cell(int index, String label, long value, Kind kind, boolean printed) {
    }

    /** The figures of one output and the sums that tie them. */
    public static final class Table {

        private final DisclosureControl policy;
        private final List<Cell> cells = new ArrayList<>();
        private final List<int[]> relations = new ArrayList<>();
        private final Map<String, Cell> byLabel = new HashMap<>();

        private Table(DisclosureControl policy) {
            this.policy = policy;
        }

        /** A printed count of cases with a characteristic. */
        public Cell sensitive(String label, long value) {
            return add(label, value, Kind.SENSITIVE, true);
        }

        /** A count of cases with a characteristic that the output does not print but a reader could derive. */
        public Cell unprinted(String label, long value) {
            return add(label, value, Kind.SENSITIVE, false);
        }

        /** A count about the service: always shown. */
        public Cell process(String label, long value) {
            return add(label, value, Kind.PROCESS, true);
        }

        /** The cell of a label given before (labels are unique within a table). */
        public Cell cell(String label) {
            Cell c = byLabel.get(label);
            if (c == null) {
                throw new IllegalArgumentException("No cell " + label);
            }
            return c;
        }

        public boolean has(String label) {
            return byLabel.containsKey(label);
        }

        /** {@code total = parts[0] + parts[1] + ...}; the values must add up. */
        public Table sum(Cell total, Cell... parts) {
            return sum(total, List.of(parts));
        }

        public Table sum(Cell total, List<Cell> parts) {
            long s = parts.stream().mapToLong(Cell::value).sum();
            if (s != total.value()) {
                throw new IllegalArgumentException("The figures do not add up: " + total.label() + " = "
                        + total.value() + " but the parts make " + s);
            }
            int[] r = new int[parts.size() + 1];
            r[0] = total.index();
            for (int i = 0; i < parts.size(); i++) {
                r[i + 1] = parts.get(i).index();
            }
            relations.add(r);
            return this;
        }

        public List<Cell> cells() {
            return Collections.unmodifiableList(cells);
        }

        private Cell add(String label, long value, Kind kind, boolean printed) {
            if (value < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + label + " = " + value);
            }
            if (byLabel.containsKey(label)) {
                throw new IllegalArgumentException("Two cells are labelled " + label);
            }
            Cell c = new Cell(cells.size(), label, value, kind, printed);
            cells.add(c);
            byLabel.put(label, c);
            return c;
        }

        /** Primary, then secondary suppression until no protected cell can be worked out. */
        public Protection protect() {
            int n = cells.size();
            BitSet protectedCells = new BitSet(n);
            BitSet suppressed = new BitSet(n);
            for (Cell c : cells) {
                if (c.kind() == Kind.SENSITIVE && policy.primary(c.value())) {
                    protectedCells.set(c.index());
                    if (c.printed()) {
                        suppressed.set(c.index());
                    }
                }
            }
            BitSet primary = (BitSet) protectedCells.clone();
            BitSet unprotectable = new BitSet(n);
            List<List<int[]>> components = components(n);
            for (List<int[]> component : components) {
                while (true) {
                    BitSet unknown = unknowns(suppressed);
                    BitSet determined = determined(component, unknown);
                    determined.and(protectedCells);
                    determined.andNot(unprotectable);
                    if (determined.isEmpty()) {
                        break;
                    }
                    int target = determined.nextSetBit(0);
                    int candidate = candidate(component, target, unknown);
                    if (candidate < 0) {
                        unprotectable.set(target);
                    } else {
                        // a cell once suppressed must stay unknown too, or its "c" would tell nothing
                        suppressed.set(candidate);
                        protectedCells.set(candidate);
                    }
                }
            }
            BitSet secondary = (BitSet) suppressed.clone();
            secondary.andNot(primary);
            return new Protection(this, suppressed, secondary, unprotectable);
        }

        /** Unknowns to a reader: cells not printed and cells suppressed. */
        private BitSet unknowns(BitSet suppressed) {
            BitSet unknown = (BitSet) suppressed.clone();
            for (Cell c : cells) {
                if (!c.printed()) {
                    unknown.set(c.index());
                }
            }
            return unknown;
        }

        /** A printed, unsuppressed, sensitive cell of a relation that holds the target: smallest non-zero first. */
        private int candidate(List<int[]> component, int target, BitSet unknown) {
            int best = -1;
            long bestKey = Long.MAX_VALUE;
            for (int[] r : component) {
                if (Arrays.stream(r).noneMatch(i -> i == target)) {
                    continue;
                }
                for (int i : r) {
                    Cell c = cells.get(i);
                    if (unknown.get(i) || c.kind() == Kind.PROCESS) {
                        continue;
                    }
                    long key = c.value() == 0 ? Long.MAX_VALUE - 1 : c.value();
                    if (key < bestKey) {
                        bestKey = key;
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            // no cell beside it in its own sums: suppress one in a sum that shares an unknown with them
            for (int[] r : component) {
                for (int i : r) {
                    Cell c = cells.get(i);
                    if (!unknown.get(i) && c.kind() != Kind.PROCESS) {
                        long key = c.value() == 0 ? Long.MAX_VALUE - 1 : c.value();
                        if (key < bestKey) {
                            bestKey = key;
                            best = i;
                        }
                    }
                }
            }
            return best;
        }

        /** The relations grouped by the cells they share (each group is solved on its own). */
        private List<List<int[]>> components(int n) {
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int[] r : relations) {
                for (int i = 1; i < r.length; i++) {
                    union(parent, r[0], r[i]);
                }
            }
            Map<Integer, List<int[]>> groups = new HashMap<>();
            for (int[] r : relations) {
                groups.computeIfAbsent(find(parent, r[0]), k -> new ArrayList<>()).add(r);
            }
            return new ArrayList<>(groups.values());
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }
    }

    /**
     * The unknowns whose value the relations fix exactly, whatever the other unknowns are. Each relation is
     * {@code r[0] = r[1] + r[2] + ...} over cell indexes; known cells only move the right-hand side, so only the
     * coefficient matrix over the unknowns matters: an unknown is fixed when the row space holds its unit vector.
     */
    public static BitSet determined(List<int[]> relations, BitSet unknown) {
        List<Integer> columns = new ArrayList<>();
        Map<Integer, Integer> column = new HashMap<>();
        for (int[] r : relations) {
            for (int i : r) {
                if (unknown.get(i) && !column.containsKey(i)) {
                    column.put(i, columns.size());
                    columns.add(i);
                }
            }
        }
        BitSet result = new BitSet();
        int m = columns.size();
        if (m == 0) {
            return result;
        }
        List<double[]> rows = new ArrayList<>();
        for (int[] r : relations) {
            double[] row = new double[m];
            boolean any = false;
            for (int k = 0; k < r.length; k++) {
                Integer j = column.get(r[k]);
                if (j != null) {
                    row[j] += k == 0 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] a = rows.toArray(new double[0][]);
        int[] pivotOfRow = rref(a, m);
        for (int i = 0; i < a.length; i++) {
            int p = pivotOfRow[i];
            if (p < 0) {
                continue;
            }
            boolean alone = true;
            for (int j = 0; j < m; j++) {
                if (j != p && Math.abs(a[i][j]) > 1e-9) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                result.set(columns.get(p));
            }
        }
        return result;
    }

    /** Reduced row echelon form in place; the pivot column of each row (-1 for a zero row). */
    private static int[] rref(double[][] a, int m) {
        int rows = a.length;
        int[] pivotOfRow = new int[rows];
        Arrays.fill(pivotOfRow, -1);
        int r = 0;
        for (int col = 0; col < m && r < rows; col++) {
            int best = -1;
            for (int i = r; i < rows; i++) {
                if (Math.abs(a[i][col]) > 1e-9 && (best < 0 || Math.abs(a[i][col]) > Math.abs(a[best][col]))) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] t = a[r];
            a[r] = a[best];
            a[best] = t;
            double pv = a[r][col];
            for (int j = 0; j < m; j++) {
                a[r][j] /= pv;
            }
            for (int i = 0; i < rows; i++) {
                if (i != r && Math.abs(a[i][col]) > 1e-9) {
                    double f = a[i][col];
                    for (int j = 0; j < m; j++) {
                        a[i][j] -= f * a[r][j];
                    }
                }
            }
            pivotOfRow[r] = col;
            r++;
        }
        return pivotOfRow;
    }

    /** The outcome of {@link Table#protect()}: what each cell shows. */
    public static final class Protection {

        private final Table table;
        private final BitSet suppressed;
        private final BitSet secondary;
        private final BitSet unprotectable;

        private Protection(Table table, BitSet suppressed, BitSet secondary, BitSet unprotectable) {
            this.table = table;
            this.suppressed = suppressed;
            this.secondary = secondary;
            this.unprotectable = unprotectable;
        }

        public boolean suppressed(Cell cell) {
            return suppressed.get(cell.index());
        }

        public boolean suppressed(String label) {
            return suppressed(table.cell(label));
        }

        /** The figure as printed: the number or {@value #SUPPRESSED}. */
        public String show(Cell cell) {
            return suppressed(cell) ? SUPPRESSED : Long.toString(cell.value());
        }

        public String show(String label) {
            return show(table.cell(label));
        }

        /** Whether a share of two cells may be printed (both shown and the denominator not 0). */
        public boolean shareShown(String numerator, String denominator) {
            return !suppressed(numerator) && !suppressed(denominator) && table.cell(denominator).value() > 0;
        }

        /** Cells suppressed only to protect others. */
        public Set<Cell> secondary() {
            return cellsOf(secondary);
        }

        /** Protected cells that process counts alone pin down (nothing may be suppressed to prevent it). */
        public Set<Cell> unprotectable() {
            return cellsOf(unprotectable);
        }

        /** Protected cells a reader could work out exactly from what is printed (empty unless unprotectable). */
        public Set<Cell> recoverable() {
            BitSet unknown = (BitSet) suppressed.clone();
            BitSet prot = new BitSet();
            for (Cell c : table.cells) {
                if (!c.printed()) {
                    unknown.set(c.index());
                }
                if (c.kind() == Kind.SENSITIVE && tablePolicyPrimary(c) || suppressed.get(c.index())) {
                    prot.set(c.index());
                }
            }
            BitSet d = determined(table.relations, unknown);
            d.and(prot);
            return cellsOf(d);
        }

        private boolean tablePolicyPrimary(Cell c) {
            return table.policy.primary(c.value());
        }

        private Set<Cell> cellsOf(BitSet bits) {
            Set<Cell> out = new LinkedHashSet<>();
            bits.stream().forEach(i -> out.add(table.cells.get(i)));
            return out;
        }
    }
}
