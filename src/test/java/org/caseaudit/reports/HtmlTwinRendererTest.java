package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML twin has the PDF's sections, accessible tables and charts, and loads nothing from outside the file. */
class HtmlTwinRendererTest {

    private final HtmlTwinRenderer renderer = new HtmlTwinRenderer();

    static String save(String name, byte[] html) throws Exception {
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.write(Path.of("target", "report-samples", name), html);
        return new String(html, StandardCharsets.UTF_8);
    }

    @Test
    void the_pack_twin_has_the_sections_of_the_pdf_in_the_same_order() throws Exception {
        String html = save("sample-committee-pack-anonymised.html", renderer.committeePack(ReportSamples.pack(
                true, 6, 24)));
        assertThat(headings(html, "h1")).containsExactly("Case audit: section 47 enquiries");
        assertThat(headings(html, "h2")).containsExactly("Contents", "1 Executive summary", "2 Methodology",
                "3 Compliance per question", "4 Trend of key measures", "5 Themes and strengths", "6 Action plan");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
                .contains("<title>Case audit: section 47 enquiries · Quarterly audit Q2 2026</title>")
                .contains("Anonymised version").contains("pseudonyms")
                .doesNotContain("A. Manager");
        assertThat(html.indexOf("OFFICIAL-SENSITIVE")).isLessThan(html.indexOf("<h1>"));
        assertThat(html.lastIndexOf("OFFICIAL-SENSITIVE")).isGreaterThan(html.indexOf("<footer>"));
    }

    @Test
    void every_table_has_a_caption_and_scoped_header_cells() throws Exception {
        String html = new String(renderer.committeePack(ReportSamples.pack(true, 6, 24)), StandardCharsets.UTF_8);
        int tables = count(html, "<table>");
        assertThat(tables).isGreaterThan(8);
        assertThat(count(html, "<table><caption>")).isEqualTo(tables);
        assertThat(count(html, "<th>")).isZero();
        assertThat(html).contains("<th scope=\"col\">Issue identified</th>").contains(
                "<th scope=\"row\">Random seed</th>");
    }

    @Test
    void charts_are_inline_svg_with_the_same_text_alternative_as_the_pdf() throws Exception {
        CommitteePack pack = ReportSamples.pack(true, 6, 24);
        String html = new String(renderer.committeePack(pack), StandardCharsets.UTF_8);
        assertThat(count(html, "<svg ")).isEqualTo(2);
        assertThat(count(html, "role=\"img\" aria-labelledby=")).isEqualTo(2);
        assertThat(html).contains(">" + PackCharts.complianceAlt(pack.compliance()) + "</title>")
                .contains(">" + PackCharts.trendAlt(pack.trend()).replace("'", "&#39;") + "</title>");
    }

    @Test
    void nothing_is_loaded_from_outside_the_file() throws Exception {
        String html = new String(renderer.committeePack(ReportSamples.pack(false, 12, 60)), StandardCharsets.UTF_8)
                + new String(renderer.actionPlanProgress(ReportSamples.actionPlan(50, false)), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)(src|href)=\"(?!#)").doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void text_from_the_data_is_escaped() throws Exception {
        CommitteePack sample = ReportSamples.pack(false, 2, 5);
        CommitteePack pack = new CommitteePack(sample.cover(), List.of(new CommitteePack.Paragraph(
                "<script>alert('x')</script> & more")), sample.methodology(), sample.agreement(), sample.compliance(),
                sample.trend(), sample.themes(), sample.strengths(), sample.actions());
        String html = new String(renderer.committeePack(pack), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>");
    }

    @Test
    void the_progress_twin_lists_each_group_under_its_heading_with_a_table() throws Exception {
        String html = save("sample-action-plan-progress-anonymised.html",
                renderer.actionPlanProgress(ReportSamples.actionPlan(40, true)));
        assertThat(headings(html, "h1")).containsExactly("Action plan progress");
        assertThat(headings(html, "h2")).containsExactly("Overdue", "Open", "Closed in the last 90 days");
        assertThat(html.indexOf("Issue 0:")).isBetween(html.indexOf(">Overdue</h2>"), html.indexOf(">Open</h2>"));
        assertThat(html).contains("<caption>Overdue: 8 actions</caption>");
        assertThat(HtmlTwinRenderer.fileName("action-plan-progress-anonymised-22-11-2026.pdf"))
                .isEqualTo("action-plan-progress-anonymised-22-11-2026.html");
    }

    private static List<String> headings(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*>(.*?)</" + tag + ">").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
