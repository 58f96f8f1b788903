package org.caseaudit.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The accessible HTML twin of a published PDF: one self-contained file (no scripts, fonts, images or links to load;
 * styles inline) with the same sections as the PDF, built from the same report data ({@link CommitteePack},
 * {@link ActionPlanProgress}), never from the PDF. Tables have captions and scoped header cells, charts are inline
 * SVG with the same text alternative as in the PDF, the language is en-GB, and the protective marking is at the top
 * and the bottom. Councils can publish either file.
 */
@Component
class HtmlTwinRenderer {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private static final String STYLE = """
            :root{color:#1A2B3C;background:#fff;font-family:"DejaVu Sans",Verdana,Arial,sans-serif;line-height:1.45}
            body{margin:0}header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
            .marking{color:#7A1F1F;font-weight:bold;text-align:right;margin:.75rem 0}
            .label{color:#1F4E79;font-weight:bold;margin:0}h1{font-size:1.9rem;margin:.25rem 0}
            h2{font-size:1.35rem;border-bottom:2px solid #1F4E79;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.1rem;color:#1F4E79;margin-top:1.5rem}.intro,.muted{color:#3C4B5A}
            .statement{background:#FFF6E0;border-left:4px solid #E69F00;padding:.5rem 1rem}
            .scroll{overflow-x:auto}.scroll:focus{outline:3px solid #1F4E79}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
            caption{text-align:left;font-weight:bold;padding:.25rem 0;color:#1A2B3C}
            thead th{background:#1F4E79;color:#fff;text-align:left}th,td{padding:.3rem .5rem;vertical-align:top}
            tbody tr:nth-child(even){background:#F3F6F9}tbody th{text-align:left}td{border-bottom:1px solid #D5DBE1;overflow-wrap:anywhere}
            td.num,th.num{text-align:right}dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.2rem 1rem}
            dt{font-weight:bold;color:#3C4B5A}dd{margin:0;overflow-wrap:anywhere}figure{margin:1rem 0}
            figcaption{color:#3C4B5A;font-size:.9rem}svg{max-width:100%;height:auto}
            nav li{margin:.3rem 0}nav a{display:inline-block;min-height:24px;padding:.15rem 0}
            footer{border-top:1px solid #D5DBE1;margin-top:2rem;padding-bottom:1rem;font-size:.85rem}
            """;

    /** The committee pack as one HTML document. */
    byte[] committeePack(CommitteePack pack) {
        CommitteePack.Cover cover = pack.cover();
        Html h = new Html();
        h.start(cover.title() + " · " + cover.cycleName(), cover.marking());
        h.raw("<header>").marking(cover.marking())
                .p("label", cover.anonymised() ? "Committee pack · anonymised version" : "Committee pack")
                .raw("<h1>").text(cover.title()).raw("</h1>").p("intro", cover.cycleName())
                .raw("<dl><dt>Period audited</dt><dd>").text(cover.period()).raw("</dd><dt>Checklist</dt><dd>")
                .text(cover.template()).raw("</dd></dl>");
        if (cover.statement() != null) {
            h.raw("<div class=\"statement\"><p><strong>Anonymised version</strong></p>").p(null, cover.statement())
                    .raw("</div>");
        }
        h.raw("<nav aria-label=\"Contents\"><h2 id=\"contents\">Contents</h2><ol>")
                .raw("<li><a href=\"#summary\">Executive summary</a></li>")
                .raw("<li><a href=\"#methodology\">Methodology</a></li>")
                .raw("<li><a href=\"#compliance\">Compliance per question</a></li>")
                .raw("<li><a href=\"#trend\">Trend of key measures</a></li>")
                .raw("<li><a href=\"#themes\">Themes and strengths</a></li>")
                .raw("<li><a href=\"#actions\">Action plan</a></li></ol></nav></header><main>");

        h.section("summary", "1 Executive summary").list(pack.summary());

        h.section("methodology", "2 Methodology").p("intro", "How the cases were chosen. The seed and the SHA-256 "
                + "hash of the frame let anyone re-draw the same sample from the same frame and check that the frame "
                + "was not changed afterwards.").lines("How the sample was drawn", pack.methodology());
        h.raw("<h3>Moderation and agreement</h3>").p("intro", "A share of audits was audited a second time by a "
                + "moderator. Agreement is reported as per cent agreement, Cohen's kappa and Gwet's AC1; kappa falls "
                + "when nearly all answers are the same (common in compliance audits), so AC1 is given beside it.")
                .lines("Moderation and agreement", pack.agreement());

        h.section("compliance", "3 Compliance per question");
        h.p("intro", PdfRenderer.complianceIntro(cover.anonymised()));
        if (pack.compliance().isEmpty()) {
            h.p("muted", "No audit of this cycle has final answers yet.");
        }
        Map<String, List<CommitteePack.ComplianceRow>> sections = new LinkedHashMap<>();
        pack.compliance().forEach(r -> sections.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(r));
        sections.forEach((section, rows) -> {
            h.raw("<h3>").text(section).raw("</h3>");
            h.tableStart("Compliance per question: " + section, "No.", "Question", "#Audited (n)", "#Compliant",
                    "#%", "#95% interval");
            for (CommitteePack.ComplianceRow r : rows) {
                h.raw("<tr><th scope=\"row\">").text(r.number()).raw("</th><td>").text(r.question())
                        .text(r.keyMeasure() ? " [key measure]" : "");
                if (r.note() != null) {
                    h.raw("<br><span class=\"muted\">").text(r.note()).raw("</span>");
                }
                h.raw("</td>").num(r.audited()).num(r.compliant()).num(r.percent()).num(r.interval()).raw("</tr>");
            }
            h.tableEnd();
        });
        String complianceAlt = PackCharts.complianceAlt(pack.compliance());
        if (complianceAlt != null) {
            h.raw("<h3>Compliance per question: per cent compliant with 95% interval</h3>");
            h.complianceChart(pack.compliance(), complianceAlt);
        }

        h.section("trend", "4 Trend of key measures");
        if (pack.trend().isEmpty()) {
            h.p("muted", "No key measure of this checklist has results in the recent cycles yet.");
        }
        String trendAlt = PackCharts.trendAlt(pack.trend());
        if (trendAlt != null) {
            h.trendChart(pack.trend(), trendAlt);
        }
        Map<String, List<CommitteePack.TrendRow>> measures = new LinkedHashMap<>();
        pack.trend().forEach(r -> measures.computeIfAbsent(r.number() + "  " + r.measure(), k -> new ArrayList<>())
                .add(r));
        measures.forEach((measure, rows) -> {
            h.raw("<h3>").text(measure).raw("</h3>");
            h.tableStart("Trend of " + measure, "Cycle", "Period", "#n", "#%", "#95% interval");
            for (CommitteePack.TrendRow r : rows) {
                h.raw("<tr><th scope=\"row\">").text(r.cycle()).text(r.pooled() ? " (pooled, 3 months)" : "")
                        .raw("</th><td>").text(r.period()).raw("</td>").num(r.audited()).num(r.percent())
                        .num(r.interval()).raw("</tr>");
            }
            h.tableEnd();
        });

        h.section("themes", "5 Themes and strengths").raw("<h3>Themes of the findings</h3>");
        if (pack.themes().isEmpty()) {
            h.p("muted", "No findings: every audited answer was compliant.");
        } else {
            h.tableStart("Themes of the findings, most files first", "Theme", "Files", "Questions");
            for (CommitteePack.ThemeRow t : pack.themes()) {
                h.raw("<tr><th scope=\"row\">").text(t.theme()).raw("</th><td>").text(t.files()).raw("</td><td>")
                        .text(t.detail()).raw("</td></tr>");
            }
            h.tableEnd();
        }
        h.raw("<h3>Strengths</h3>");
        if (pack.strengths().isEmpty()) {
            h.p("muted", "No strengths recorded yet.");
        }
        h.list(pack.strengths());

        h.section("actions", "6 Action plan");
        if (pack.actions().isEmpty()) {
            h.p("muted", "No actions have been agreed for this cycle yet.");
        } else {
            h.tableStart("Action plan of " + cover.cycleName(), "Issue identified", "Action taken by the service",
                    "Owner", "Due", "Status (RAG)");
            for (CommitteePack.ActionRow a : pack.actions()) {
                h.raw("<tr><th scope=\"row\">").text(a.issue()).raw("</th><td>").text(a.action()).raw("</td><td>")
                        .text(a.owner()).raw("</td><td>").text(a.due()).raw("</td><td>")
                        .text(a.rag() == null ? a.status() : a.rag() + ": " + a.status()).raw("</td></tr>");
            }
            h.tableEnd();
        }
        h.raw("</section></main>").end(cover.generated(), cover.marking());
        return h.bytes();
    }

    /** The action-plan progress report as one HTML document. */
    byte[] actionPlanProgress(ActionPlanProgress report) {
        Html h = new Html();
        h.start(report.title(), report.marking());
        h.raw("<header>").marking(report.marking()).raw("<h1>").text(report.title()).raw("</h1>")
                .p("intro", report.subtitle());
        if (report.statement() != null) {
            h.raw("<div class=\"statement\"><p><strong>Anonymised version</strong></p>").p(null, report.statement())
                    .raw("</div>");
        }
        h.raw("</header><main>").lines("Totals", report.totals());
        if (report.rows().isEmpty()) {
            h.p("muted", "No open or recently closed actions.");
        }
        Map<String, List<ActionPlanProgress.Row>> groups = new LinkedHashMap<>();
        report.rows().forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
        groups.forEach((group, rows) -> {
            h.raw("<section aria-labelledby=\"").raw(id(group)).raw("\"><h2 id=\"").raw(id(group)).raw("\">")
                    .text(group).raw("</h2>");
            h.tableStart(group + ": " + rows.size() + (rows.size() == 1 ? " action" : " actions"), "Cycle",
                    "Issue identified", "Action taken by the service", "Owner", "Due", "Status (RAG)", "Progress",
                    "Re-audit");
            for (ActionPlanProgress.Row r : rows) {
                h.raw("<tr><td>").text(r.cycle()).raw("</td><th scope=\"row\">").text(r.issue()).raw("</th><td>")
                        .text(r.action()).raw("</td><td>").text(r.owner()).raw("</td><td>").text(r.due())
                        .raw("</td><td>").text(r.rag() == null ? r.status() : r.rag() + ": " + r.status())
                        .raw("</td><td>").text(r.progress()).raw("</td><td>").text(r.reaudit()).raw("</td></tr>");
            }
            h.tableEnd().raw("</section>");
        });
        h.raw("</main>").end(report.generated(), report.marking());
        return h.bytes();
    }

    /**
     * A multi-agency board report or 7-minute briefing from the same rows as its PDF ({@link MultiAgencyDocuments}):
     * headings as sections, paragraphs, bullets as lists, tables with their header row as column headings.
     */
    byte[] multiAgencyDocument(String title, String subtitle, String marking, List<MultiAgencyDocuments.Row> rows) {
        Html h = new Html();
        h.start(title, marking);
        h.raw("<header>").marking(marking).raw("<h1>").text(title).raw("</h1>").p("intro", subtitle)
                .raw("</header><main>");
        String open = null;
        String heading = title;
        for (MultiAgencyDocuments.Row r : rows) {
            String kind = r.kind();
            if ("B".equals(open) && !"B".equals(kind)) {
                h.raw("</ul>");
                open = null;
            }
            if ("R".equals(open) && !"R".equals(kind)) {
                h.tableEnd();
                open = null;
            }
            switch (kind) {
                case "H" -> {
                    heading = r.c1();
                    h.section(id(r.c1()), r.c1());
                }
                case "P" -> h.p(null, r.c1());
                case "B" -> {
                    if (open == null) {
                        h.raw("<ul>");
                        open = "B";
                    }
                    h.raw("<li>").text(r.c1()).raw("</li>");
                }
                case "T" -> {
                    h.tableStart(heading, java.util.stream.Stream.of(r.c1(), r.c2(), r.c3(), r.c4(), r.c5())
                            .filter(java.util.Objects::nonNull).toArray(String[]::new));
                    open = "R";
                }
                default -> {
                    h.raw("<tr><th scope=\"row\">").text(r.c1()).raw("</th>");
                    java.util.stream.Stream.of(r.c2(), r.c3(), r.c4(), r.c5()).filter(java.util.Objects::nonNull)
                            .forEach(c -> h.raw("<td>").text(c).raw("</td>"));
                    h.raw("</tr>");
                }
            }
        }
        if ("B".equals(open)) {
            h.raw("</ul>");
        } else if ("R".equals(open)) {
            h.tableEnd();
        }
        h.closeSection();
        h.raw("</main>").end(subtitle, marking);
        return h.bytes();
    }

    /** A file name beside the PDF's: the same name ending in {@code .html}. */
    static String fileName(String pdfFileName) {
        return pdfFileName.replaceFirst("\\.pdf$", "") + ".html";
    }

    private static String id(String text) {
        return "g-" + text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-");
    }

    /** A small HTML writer that escapes all text. */
    private static final class Html {

        private final StringBuilder out = new StringBuilder(64 * 1024);
        private boolean sectionOpen;

        Html start(String title, String marking) {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(PdfRenderer.LANGUAGE).append(
                    "\"><head><meta charset=\"utf-8\">")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<meta name=\"generator\" content=\"Case Audit Workbench\">")
                    .append("<meta name=\"protective-marking\" content=\"").append(escape(marking)).append("\">")
                    .append("<title>").append(escape(title)).append("</title><style>").append(STYLE)
                    .append("</style></head><body>");
            return this;
        }

        Html marking(String marking) {
            return p("marking", marking);
        }

        Html end(String generated, String marking) {
            out.append("<footer><p class=\"muted\">").append(escape(generated)).append("</p>");
            marking(marking);
            out.append("</footer></body></html>\n");
            return this;
        }

        Html section(String id, String heading) {
            if (sectionOpen) {
                out.append("</section>");
            }
            sectionOpen = true;
            out.append("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">")
                    .append(escape(heading)).append("</h2>");
            return this;
        }

        Html closeSection() {
            if (sectionOpen) {
                out.append("</section>");
                sectionOpen = false;
            }
            return this;
        }

        Html p(String cssClass, String text) {
            if (text == null || text.isBlank()) {
                return this;
            }
            out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>");
            return this;
        }

        Html list(List<CommitteePack.Paragraph> items) {
            if (items.isEmpty()) {
                return this;
            }
            out.append("<ul>");
            items.forEach(i -> out.append("<li>").append(escape(i.text())).append("</li>"));
            out.append("</ul>");
            return this;
        }

        Html lines(String caption, List<CommitteePack.Line> lines) {
            if (lines.isEmpty()) {
                return this;
            }
            out.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(escape(caption))
                    .append("\"><table><caption>").append(escape(caption)).append("</caption><tbody>");
            for (CommitteePack.Line l : lines) {
                out.append("<tr><th scope=\"row\">").append(escape(l.label())).append("</th><td>")
                        .append(escape(l.value())).append("</td></tr>");
            }
            out.append("</tbody></table></div>");
            return this;
        }

        /** Column headings starting with {@code #} are numbers (right-aligned). */
        Html tableStart(String caption, String... headings) {
            out.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(escape(caption))
                    .append("\"><table><caption>").append(escape(caption)).append("</caption><thead><tr>");
            for (String heading : headings) {
                boolean number = heading.startsWith("#");
                out.append(number ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                        .append(escape(number ? heading.substring(1) : heading)).append("</th>");
            }
            out.append("</tr></thead><tbody>");
            return this;
        }

        Html tableEnd() {
            out.append("</tbody></table></div>");
            return this;
        }

        Html num(String text) {
            out.append("<td class=\"num\">").append(escape(text)).append("</td>");
            return this;
        }

        Html text(String text) {
            out.append(escape(text));
            return this;
        }

        Html raw(String html) {
            out.append(html);
            return this;
        }

        /** Horizontal bars of per cent compliant per question, with the 95% interval as a line. */
        void complianceChart(List<CommitteePack.ComplianceRow> rows, String alt) {
            List<CommitteePack.ComplianceRow> shown = rows.stream().filter(r -> r.percentValue() != null).toList();
            int rowHeight = 18;
            int left = 48;
            int width = 560;
            int height = shown.size() * rowHeight + 40;
            chartStart("chart-compliance", alt, width + left + 20, height);
            for (int tick = 0; tick <= 100; tick += 20) {
                double x = left + width * tick / 100.0;
                out.append(String.format(Locale.UK,
                        "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#D5DBE1\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                        + "fill=\"#1A2B3C\">%d%%</text>",
                        x, x, height - 24, x, height - 8, tick));
            }
            for (int i = 0; i < shown.size(); i++) {
                CommitteePack.ComplianceRow r = shown.get(i);
                double y = i * rowHeight + 4;
                out.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                        + "fill=\"#1A2B3C\">%s</text><rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"10\" "
                        + "fill=\"#1F4E79\"/>", left - 6, y + 9, escape(r.number()), left, y,
                        width * r.percentValue() / 100.0));
                if (r.lower() != null && r.upper() != null) {
                    out.append(String.format(Locale.UK, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                            + "stroke=\"#B07A00\" stroke-width=\"1.5\"/>", left + width * r.lower() / 100.0, y + 5,
                            left + width * r.upper() / 100.0, y + 5));
                }
            }
            chartEnd(alt);
        }

        /** One line per key measure over the cycles, with a legend in words. */
        void trendChart(List<CommitteePack.TrendRow> rows, String alt) {
            Map<String, List<CommitteePack.TrendRow>> measures = new LinkedHashMap<>();
            List<String> cycles = new ArrayList<>();
            for (CommitteePack.TrendRow r : rows) {
                measures.computeIfAbsent(r.number() + " " + r.measure(), k -> new ArrayList<>()).add(r);
                if (!cycles.contains(r.cycle())) {
                    cycles.add(r.cycle());
                }
            }
            String[] colours = {"#1F4E79", "#B07A00", "#007A5A", "#A8427F", "#2A6FA8", "#B34700", "#595959"};
            int left = 44;
            int width = 560;
            int plot = 200;
            int height = plot + 40 + measures.size() * 16;
            chartStart("chart-trend", alt, width + left + 20, height);
            for (int tick = 0; tick <= 100; tick += 20) {
                double y = plot - plot * tick / 100.0 + 6;
                out.append(String.format(Locale.UK,
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#D5DBE1\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#1A2B3C\">%d%%</text>",
                        left, y, left + width, y, left - 4, y + 4, tick));
            }
            double step = cycles.size() > 1 ? width / (double) (cycles.size() - 1) : 0;
            int m = 0;
            for (var entry : measures.entrySet()) {
                String colour = colours[m % colours.length];
                StringBuilder points = new StringBuilder();
                for (CommitteePack.TrendRow r : entry.getValue()) {
                    if (r.percentValue() != null) {
                        points.append(String.format(Locale.UK, "%.1f,%.1f ", left + step * cycles.indexOf(r.cycle()),
                                plot - plot * r.percentValue() / 100.0 + 6));
                    }
                }
                out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                        .append(points.toString().strip()).append("\"/>");
                out.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1A2B3C\">%s</text>", left,
                        plot + 30 + m * 16,
                        colour, left + 18, plot + 35 + m * 16, escape(entry.getKey())));
                m++;
            }
            chartEnd(alt);
        }

        private void chartStart(String id, String alt, int width, int height) {
            out.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                    .append("-title\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                    .append(width).append("\" height=\"").append(height).append("\"><title id=\"").append(id)
                    .append("-title\">").append(escape(alt)).append("</title>");
        }

        private void chartEnd(String alt) {
            out.append("</svg><figcaption>").append(escape(alt)).append("</figcaption></figure>");
        }

        byte[] bytes() {
            if (sectionOpen) {
                sectionOpen = false;
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        static String escape(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder escaped = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }
}
