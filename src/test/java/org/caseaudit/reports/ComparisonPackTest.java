package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.partnership.Comparison;
import org.caseaudit.partnership.CouncilFigures;
import org.junit.jupiter.api.Test;

/**
 * The partnership comparison pack read back as a reader would (PDFBox for the PDF, the HTML twin as text): each
 * council's n, compliant count, per cent, interval and place against the funnel's limits; nothing the disclosure
 * control withholds; no case reference. Its PDF/UA-1 check is in {@link TaggedPdfTest}.
 */
class ComparisonPackTest {

    private static final String C = DisclosureControl.SUPPRESSED;
    /** A case reference of any shape the demo and imports use (two letters, seven digits). */
    private static final Pattern CASE_REFERENCE = Pattern.compile("\\b[A-Z]{2}\\d{7}\\b");

    private final ComparisonPack pack = new ComparisonPack(new PdfRenderer(), new HtmlTwinRenderer());

    /** Aston 30 of 50 and Brierley 90 of 100, both shown. */
    static Comparison sample() {
        return Comparison.of("s47-enquiry", 1, "chronology-on-file", "Is a chronology on file?",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), List.of(
                        new CouncilFigures(1, "Aston", 2, 30, 50), new CouncilFigures(2, "Brierley", 3, 90, 100)),
                DisclosureControl.standard());
    }

    /** As {@link #sample()} with Cradley, 3 of 4: suppressed, and so is what would give it away. */
    static Comparison withSmallCouncil() {
        return Comparison.of("s47-enquiry", 1, "chronology-on-file", "Is a chronology on file?",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), List.of(
                        new CouncilFigures(1, "Aston", 2, 30, 50), new CouncilFigures(2, "Brierley", 3, 90, 100),
                        new CouncilFigures(3, "Cradley", 1, 3, 4)), DisclosureControl.standard());
    }

    @Test
    void the_pdf_gives_each_councils_n_share_interval_and_place_against_the_funnel() throws Exception {
        Comparison c = sample();
        String text = text(pack.pdf("Test partnership", c, "Produced 20/11/2026 10:00 by plead"));

        assertThat(text).contains("Partnership comparison: Is a chronology on file?", "Test partnership",
                "Produced 20/11/2026 10:00 by plead", "OFFICIAL");
        Comparison.Row aston = c.rows().getFirst();
        // a table row reads across its cells (a long cell wraps inside its row)
        assertThat(text).contains("Aston (2 cycles) 50 30 60% (46%\u201372%) Below the 99.8% limit",
                "Brierley (3 cycles) 100 90 90% (83%\u201394%) Above the 95% limit",
                "Partnership (all its councils) 150 120 80% The funnel's centre line");
        assertThat(aston.position().label()).isEqualTo("Below the 99.8% limit");
        // the funnel's figures: the limits at each shown council's n, around the partnership's line
        assertThat(text).contains("Funnel plot: the limits at each council's n", "The centre line is the "
                + "partnership's per cent, 80%");
        assertThat(c.plot()).isNotNull();
        assertThat(text).contains("Spiegelhalter", c.disclosure().substring(0, 40));
    }

    @Test
    void the_pdf_prints_no_figure_the_disclosure_control_withholds_and_no_case() throws Exception {
        Comparison c = withSmallCouncil();
        String text = text(pack.pdf("Test partnership", c, "Produced 20/11/2026 10:00 by plead"));

        assertThat(text).contains("Cradley (1 cycle) " + C + " " + C + " not shown Not shown (small numbers), small "
                + "sample").doesNotContain("75%");
        // a suppressed cell cannot be worked out from the others in its column: none, or at least two, are c
        for (int column : new int[] {1, 2}) {
            List<String> cells = new ArrayList<>();
            c.rows().forEach(r -> cells.add(column == 1 ? r.audited() : r.compliant()));
            cells.add(column == 1 ? c.totalAudited() : c.totalCompliant());
            long hidden = cells.stream().filter(C::equals).count();
            assertThat(hidden).as("suppressed cells of column %s: %s", column, cells).isNotEqualTo(1);
            for (int i = 0; i < c.rows().size(); i++) {
                Comparison.Row r = c.rows().get(i);
                assertThat(text).contains(r.council() + " (" + r.cycles() + " cycle" + (r.cycles() == 1 ? "" : "s")
                        + ") " + r.audited() + " " + r.compliant() + " ");
            }
        }
        // Cradley's own counts are printed nowhere in its rows
        assertThat(text).doesNotContainPattern("Cradley \\(1 cycle\\) [34] ").doesNotContain("Cradley 4 ");
        assertThat(text).doesNotContainPattern(CASE_REFERENCE);
    }

    @Test
    void the_html_twin_has_the_same_tables_with_headings() {
        Comparison c = withSmallCouncil();
        String html = new String(pack.html("Test partnership", c, "Produced 20/11/2026 10:00 by plead"),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en-GB\"", "<h1>Partnership comparison: Is a chronology on file?</h1>",
                "<th scope=\"col\">Audited (n)</th>", "<th scope=\"row\">Brierley (3 cycles)</th><td>100</td>"
                        + "<td>90</td><td>90% (83%\u201394%)</td><td>Above the 95% limit</td>",
                "<th scope=\"row\">Cradley (1 cycle)</th><td>" + C + "</td><td>" + C + "</td><td>not shown</td>")
                .doesNotContain("<script").doesNotContainPattern(CASE_REFERENCE);
    }

    @Test
    void without_a_partnership_line_the_pack_says_there_is_no_funnel() throws Exception {
        Comparison c = Comparison.of("s47-enquiry", 1, "q", "A question", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 30), List.of(new CouncilFigures(1, "Aston", 1, 2, 3),
                        new CouncilFigures(2, "Brierley", 1, 1, 2)), DisclosureControl.standard());
        assertThat(c.plotShown()).isFalse();
        String text = text(pack.pdf("Test partnership", c, "Produced 20/11/2026 10:00 by plead"));
        assertThat(text).contains("No funnel plot: the partnership has too few audited files");
    }

    /** The PDF's text with every run of white space as one space. */
    static String text(byte[] pdf) throws Exception {
        assertThat(pdf).startsWith('%', 'P', 'D', 'F');
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

}
