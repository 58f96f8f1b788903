package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed rows of the self-evaluation pack ({@code reports/self-evaluation.jrxml}): P paragraph, B bullet, R table
 * row. Every row names its section, sub-heading and table (with the table's header cells and width), which the
 * template prints as group headers: a heading is kept with what follows it and a table's header row repeats on each
 * page. Pure code.
 */
final class SelfEvaluationRows {

    static final int COLUMNS = 6;
    /** The table widths the template lays out (columns). */
    static final java.util.Set<Integer> WIDTHS = java.util.Set.of(2, 4, 5, 6);

    record Row(String kind, String width, String section, String sub, String table, String h1, String h2, String h3,
               String h4, String h5, String h6, String c1, String c2, String c3, String c4, String c5, String c6) {
    }

    private SelfEvaluationRows() {
    }

    static List<Row> of(SelfEvaluation pack) {
        List<Row> rows = new ArrayList<>();
        int tables = 0;
        for (SelfEvaluation.Section s : pack.sections()) {
            String sub = null;
            for (SelfEvaluation.Block b : s.blocks()) {
                switch (b.kind()) {
                    case SUBHEADING -> sub = b.text();
                    case PARAGRAPH, BULLET -> rows.add(row(b.kind() == SelfEvaluation.Kind.PARAGRAPH ? "P" : "B",
                            s.heading(), sub, null, List.of(), List.of(b.text())));
                    case TABLE -> {
                        String table = String.valueOf(++tables);
                        for (List<String> r : b.rows()) {
                            rows.add(row("R", s.heading(), sub, table, b.header(), r));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Row row(String kind, String section, String sub, String table, List<String> header,
                           List<String> cells) {
        String[] h = new String[COLUMNS];
        String[] c = new String[COLUMNS];
        for (int i = 0; i < Math.min(COLUMNS, header.size()); i++) {
            h[i] = header.get(i);
        }
        for (int i = 0; i < Math.min(COLUMNS, cells.size()); i++) {
            c[i] = cells.get(i);
        }
        return new Row(kind, table == null ? null : String.valueOf(header.size()), section, sub, table,
                h[0], h[1], h[2], h[3], h[4], h[5], c[0], c[1], c[2], c[3], c[4], c[5]);
    }
}
