package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The board report's HTML twin: the PDF's rows as headed sections, lists and tables with column headings. */
class MultiAgencyHtmlTwinTest {

    @Test
    void the_board_report_twin_has_the_sections_tables_and_marking_of_the_pdf() {
        var report = TaggedPdfTest.multiAgencyReport();
        String html = new String(new HtmlTwinRenderer().multiAgencyDocument(report.title(), "Report to the board",
                report.marking(), MultiAgencyDocuments.boardReport(report)), StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"en-GB\"").contains("<h1>Multi-agency case audit: Neglect</h1>")
                .contains("<h2 id=\"g-method\">Method</h2>")
                .contains("<th scope=\"col\">Domain</th><th scope=\"col\">Outstanding</th>")
                .contains("<th scope=\"row\">Recognition</th><td>0</td><td>3</td><td>1</td><td>0</td>")
                .contains("<caption>Before and after: re-audit of the theme</caption>")
                .contains("<li>Recognition: graded good or better for most children audited.</li>")
                .doesNotContain("<script");
        assertThat(html.split("OFFICIAL-SENSITIVE", -1)).as("marking at the top and the bottom").hasSizeGreaterThan(2);
        assertThat(html.indexOf("<section")).isPositive();
        assertThat(count(html, "<section")).isEqualTo(count(html, "</section>"));
        assertThat(count(html, "<table>")).isEqualTo(count(html, "</table>"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
