package org.caseaudit.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The pack's charts, drawn with JFreeChart as vectors into the PDF (Jasper's chart renderer), from the rows the tables
 * print, so a chart never shows what its table suppresses.
 */
final class PackCharts {

    static final Color NAVY = new Color(0x1F, 0x4E, 0x79);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color INK = new Color(0x1A, 0x2B, 0x3C);
    static final Color GRID = new Color(0xD5, 0xDB, 0xE1);
    private static final String FONT = "DejaVu Sans";
    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] SERIES = {NAVY, ORANGE, new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
            new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0x59, 0x59, 0x59)};

    private PackCharts() {
    }

    /** Horizontal bars of per cent compliant per question (by number), with the 95% interval as a whisker. */
    static Object compliance(List<CommitteePack.ComplianceRow> rows) {
        List<CommitteePack.ComplianceRow> shown = rows.stream().filter(r -> r.percentValue() != null).toList();
        if (shown.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CommitteePack.ComplianceRow row : shown) {
            data.addValue(row.percentValue(), "Per cent compliant", row.number());
        }
        CategoryAxis questions = new CategoryAxis("Question");
        style(questions);
        questions.setCategoryMargin(0.25);
        NumberAxis percent = percentAxis("Per cent compliant (line: 95% interval)");
        IntervalBars bars = new IntervalBars(shown);
        bars.setSeriesPaint(0, NAVY);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.06);
        CategoryPlot plot = new CategoryPlot(data, questions, percent, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plain(plot);
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 9), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return new DrawChartRendererImpl(chart, null);
    }

    /** One line per key measure over the cycles (oldest first); suppressed or empty points are gaps. */
    static Object trend(List<CommitteePack.TrendRow> rows) {
        if (rows.stream().noneMatch(r -> r.percentValue() != null)) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CommitteePack.TrendRow row : rows) {
            data.addValue(row.percentValue(), row.number() + " " + shorten(row.measure(), 42)
                    + (row.pooled() ? " (pooled, 3 months)" : ""), row.cycle());
        }
        CategoryAxis cycles = new CategoryAxis(null);
        style(cycles);
        cycles.setCategoryLabelPositions(data.getColumnCount() > 6 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        cycles.setMaximumCategoryLabelLines(2);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            lines.setSeriesPaint(i, SERIES[i % SERIES.length]);
            lines.setSeriesStroke(i, new BasicStroke(2f));
        }
        CategoryPlot plot = new CategoryPlot(data, cycles, percentAxis("Per cent compliant"), lines);
        plain(plot);
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 9), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 8));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(Color.WHITE);
        return new DrawChartRendererImpl(chart, null);
    }

    /**
     * The compliance chart's alternative text: what it shows and its range, in words (the figures themselves are in
     * the compliance table before it). Only the rows the chart draws (suppressed ones are not drawn).
     */
    static String complianceAlt(List<CommitteePack.ComplianceRow> rows) {
        List<CommitteePack.ComplianceRow> shown = rows.stream().filter(r -> r.percentValue() != null).toList();
        if (shown.isEmpty()) {
            return null;
        }
        CommitteePack.ComplianceRow low = shown.stream()
                .min(java.util.Comparator.comparingDouble(CommitteePack.ComplianceRow::percentValue)).orElseThrow();
        CommitteePack.ComplianceRow high = shown.stream()
                .max(java.util.Comparator.comparingDouble(CommitteePack.ComplianceRow::percentValue)).orElseThrow();
        return String.format(java.util.Locale.UK, "Bar chart of the per cent compliant for %d question%s, each with "
                + "its 95%% interval as a line: lowest %.0f%% (question %s), highest %.0f%% (question %s). The same "
                + "figures are in the compliance table before the chart.", shown.size(), shown.size() == 1 ? "" : "s",
                low.percentValue(), low.number(), high.percentValue(), high.number());
    }

    /** The trend chart's alternative text: each key measure's first and last shown result (figures in the table). */
    static String trendAlt(List<CommitteePack.TrendRow> rows) {
        if (rows.stream().noneMatch(r -> r.percentValue() != null)) {
            return null;
        }
        java.util.Map<String, List<CommitteePack.TrendRow>> measures = new java.util.LinkedHashMap<>();
        for (CommitteePack.TrendRow row : rows) {
            if (row.percentValue() != null) {
                measures.computeIfAbsent(row.number() + " " + row.measure(), k -> new java.util.ArrayList<>()).add(row);
            }
        }
        StringBuilder alt = new StringBuilder("Line chart of the per cent compliant on each key measure over the "
                + "recent cycles, oldest first.");
        measures.forEach((measure, points) -> {
            CommitteePack.TrendRow first = points.getFirst();
            CommitteePack.TrendRow last = points.getLast();
            alt.append(String.format(java.util.Locale.UK, " %s: %.0f%% in %s, %.0f%% in %s.", measure,
                    first.percentValue(), first.cycle(), last.percentValue(), last.cycle()));
        });
        return alt.append(" The figures are in the table after the chart.").toString();
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 100);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        style(axis);
        return axis;
    }

    private static void style(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 8));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 8));
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    private static void plain(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** Bars with a whisker from the row's lower to upper bound. */
    private static final class IntervalBars extends BarRenderer {

        private final transient List<CommitteePack.ComplianceRow> rows;

        IntervalBars(List<CommitteePack.ComplianceRow> rows) {
            this.rows = rows;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            CommitteePack.ComplianceRow r = rows.get(column);
            if (pass != 0 || r.lower() == null || r.upper() == null) {
                return;
            }
            double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            double from = rangeAxis.valueToJava2D(r.lower(), dataArea, plot.getRangeAxisEdge());
            double to = rangeAxis.valueToJava2D(r.upper(), dataArea, plot.getRangeAxisEdge());
            double cap = Math.max(2, state.getBarWidth() * 0.35);
            g2.setPaint(ORANGE.darker());
            g2.setStroke(new BasicStroke(1.2f));
            g2.draw(new Line2D.Double(from, middle, to, middle));
            g2.draw(new Line2D.Double(from, middle - cap, from, middle + cap));
            g2.draw(new Line2D.Double(to, middle - cap, to, middle + cap));
        }
    }
}
