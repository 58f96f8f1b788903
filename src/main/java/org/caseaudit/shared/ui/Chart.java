package org.caseaudit.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart of percentages over periods with each point's 95% interval drawn as a shaded band, n in the tooltip and
 * an optional reference line: the {@code <ca-chart>} web component in {@code frontend/components/ca-chart.ts}, drawn
 * with Apache ECharts (Apache-2.0, from npm; not Vaadin's commercial Charts). A missing point (null) is a gap.
 *
 * <p>The chart is a picture: it carries {@code role="img"} and a label, and every chart must have the same numbers in
 * a table next to it for screen-reader users.
 */
@Tag("ca-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/ca-chart.ts")
public class Chart extends Component implements HasSize {

    /** One period's figure: percent and its interval in 0-100; counts may be null when they are not shown. */
    public record Point(double percent, double low, double high, Integer compliant, Integer audited) {
    }

    /** A named line; {@code points} line up with the chart's categories, null where there is no figure. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
        }
    }

    /** A horizontal reference line (e.g. a national figure), labelled as what it is. */
    public record Reference(String label, double percent) {
    }

    private String config;

    public Chart() {
        getElement().setAttribute("role", "img");
        setHeight("220px");
        setWidthFull();
    }

    /** Draws the chart; {@code description} is its accessible label (say where the table with the numbers is). */
    public void setData(String title, String description, List<String> categories, List<Series> series,
            Reference reference) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(series, "series");
        for (Series s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.points().size()
                        + " points for " + categories.size() + " categories");
            }
        }
        getElement().setAttribute("aria-label", description == null ? Objects.requireNonNullElse(title, "Chart")
                : description);
        config = json(title, categories, series, reference);
        getElement().setProperty("config", config);
    }

    /** The JSON handed to the browser (for tests). */
    public String getConfig() {
        return config;
    }

    static String json(String title, List<String> categories, List<Series> series, Reference reference) {
        StringBuilder b = new StringBuilder(256);
        b.append('{');
        if (title != null) {
            b.append("\"title\":").append(string(title)).append(',');
        }
        b.append("\"categories\":[");
        for (int i = 0; i < categories.size(); i++) {
            b.append(i == 0 ? "" : ",").append(string(categories.get(i)));
        }
        b.append("],\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            b.append(i == 0 ? "" : ",").append("{\"name\":").append(string(s.name())).append(",\"points\":[");
            for (int j = 0; j < s.points().size(); j++) {
                Point p = s.points().get(j);
                b.append(j == 0 ? "" : ",");
                if (p == null) {
                    b.append("null");
                } else {
                    b.append("{\"percent\":").append(number(p.percent())).append(",\"low\":").append(number(p.low()))
                            .append(",\"high\":").append(number(p.high())).append(",\"compliant\":")
                            .append(p.compliant() == null ? "null" : p.compliant()).append(",\"audited\":")
                            .append(p.audited() == null ? "null" : p.audited()).append('}');
                }
            }
            b.append("]}");
        }
        b.append("],\"reference\":");
        if (reference == null) {
            b.append("null");
        } else {
            b.append("{\"label\":").append(string(reference.label())).append(",\"percent\":")
                    .append(number(reference.percent())).append('}');
        }
        return b.append('}').toString();
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String string(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
