package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.caseaudit.DemoDataTest;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every anonymised output for the demo data (both workbooks, the PDFs and their HTML twins, for every cycle) is
 * searched for every case reference, child reference and person name in the database: the values of {@code
 * log-scan/sensitive-data.sql} (the same list the log scan uses: users' full names and e-mails, case and child
 * references, social workers and team managers). Zero hits. The full versions are searched too, to show the search
 * finds what is there (one audited cycle's workbooks and pack: each format holds case references). About the demo
 * data ({@code @DemoDataTest}): the demo year's cycles are its subject (as an {@code @IntegrationTest} it found them
 * only after the demo tests had loaded them into the same database, and then searched every cycle and case the other
 * tests of the run had added too: minutes of work no check needed).
 */
@DemoDataTest
class AnonymisationScanTest {

    @Autowired
    ReportBuilder builder;
    @Autowired
    JdbcTemplate jdbc;

    /** One output's name and its text. */
    record Output(String name, String text) {
    }

    /** Cycles with audits, and the sampling module's cycles, of the demo council (council 1, where the test works). */
    List<Long> cycles() {
        Set<Long> ids = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT DISTINCT cycle_id FROM case_audit WHERE council_id = ? ORDER BY 1", Long.class,
                CurrentCouncil.INSTALLATION_COUNCIL));
        ids.addAll(samplingCycles());
        return List.copyOf(ids);
    }

    /** The committee pack is built from a sampling cycle (its frame and sample record). */
    List<Long> samplingCycles() {
        return jdbc.queryForList("SELECT id FROM audit_cycle WHERE council_id = ? ORDER BY 1", Long.class,
                CurrentCouncil.INSTALLATION_COUNCIL);
    }

    /** Value -> the query it came from. */
    Map<String, String> sensitive() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/log-scan/sensitive-data.sql")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String sql = line.strip();
                if (sql.isEmpty() || sql.startsWith("--")) {
                    continue;
                }
                for (String v : jdbc.queryForList(sql, String.class)) {
                    if (v != null && v.strip().length() >= 3) {
                        values.putIfAbsent(v.strip(), sql);
                    }
                }
            }
        }
        return values;
    }

    /** Every output: each cycle's workbooks and committee pack (PDF and HTML), and the whole plan's outputs. */
    List<Output> outputs(ReportVariant variant) {
        List<Output> outputs = cycleOutputs(variant, cycles(), samplingCycles());
        outputs.add(text("ACTION_PLAN_WORKBOOK all", builder.build(ReportKind.ACTION_PLAN_WORKBOOK, null, variant,
                ReportProgress.NONE)));
        outputs.add(text("ACTION_PLAN_PROGRESS", builder.build(ReportKind.ACTION_PLAN_PROGRESS, null, variant,
                ReportProgress.NONE)));
        outputs.add(text("ACTION_PLAN_PROGRESS_HTML", builder.build(ReportKind.ACTION_PLAN_PROGRESS_HTML, null,
                variant, ReportProgress.NONE)));
        return outputs;
    }

    /** The workbooks of {@code cycles} and the committee packs (PDF and HTML) of {@code samplingCycles}. */
    List<Output> cycleOutputs(ReportVariant variant, List<Long> cycles, List<Long> samplingCycles) {
        List<Output> outputs = new ArrayList<>();
        for (long cycle : cycles) {
            for (ReportKind kind : List.of(ReportKind.RESULTS_WORKBOOK, ReportKind.ACTION_PLAN_WORKBOOK)) {
                outputs.add(text(kind + " cycle " + cycle, builder.build(kind, cycle, variant, ReportProgress.NONE)));
            }
        }
        for (long cycle : samplingCycles) {
            outputs.add(text("COMMITTEE_PACK cycle " + cycle, builder.build(ReportKind.COMMITTEE_PACK, cycle, variant,
                    ReportProgress.NONE)));
            outputs.add(text("COMMITTEE_PACK_HTML cycle " + cycle, builder.build(ReportKind.COMMITTEE_PACK_HTML, cycle,
                    variant, ReportProgress.NONE)));
        }
        return outputs;
    }

    static Output text(String name, ReportService.ReportFile file) {
        if (file.contentType().equals(HtmlTwinRenderer.CONTENT_TYPE)) {
            // the HTML twin's text as a reader sees it: tags out, entities back to characters
            String html = new String(file.content(), StandardCharsets.UTF_8);
            return new Output(name + " " + file.fileName(), html.replaceAll("<[^>]+>", " ").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
        }
        if (file.contentType().equals(ReportBuilder.PDF)) {
            try (PDDocument pdf = Loader.loadPDF(file.content())) {
                String meta = pdf.getDocumentInformation().getTitle() + " " + pdf.getDocumentInformation().getSubject()
                        + " " + pdf.getDocumentInformation().getKeywords() + " "
                        + pdf.getDocumentInformation().getAuthor();
                return new Output(name + " " + file.fileName(), new PDFTextStripper().getText(pdf) + "\n" + meta);
            } catch (IOException e) {
                throw new IllegalStateException(name + " is not a readable PDF", e);
            }
        }
        try (XSSFWorkbook wb = WorkbookFixtures.read(file.content())) {
            return new Output(name + " " + file.fileName(), WorkbookFixtures.allText(wb));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /**
     * Every output's hits: a value with a digit (a reference) anywhere in the text, ignoring case; a value without one
     * (a name) as a whole word (not inside a longer word or number), ignoring the case of ASCII letters. Each value's
     * pattern is compiled once and runs only on an output whose text holds the value at all (its ASCII letters
     * lowered, as the pattern compares them). Which values a text holds is found in one pass over the text for all
     * values at once ({@link Substrings}), not a search of the whole text per value: thousands of values times every
     * output was most of the check's time.
     */
    static List<String> hits(List<Output> outputs, Map<String, String> sensitive) {
        record Value(String key, String query, String value, String asciiLower, Pattern word) {
        }
        List<Value> values = new ArrayList<>();
        for (var e : sensitive.entrySet()) {
            String value = e.getKey().replaceAll("\\s+", " ");
            boolean digits = value.chars().anyMatch(Character::isDigit);
            values.add(new Value(e.getKey(), e.getValue(), value, asciiLower(value), digits ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE)));
        }
        // references: in the text lowered; names: in the text with its ASCII letters lowered (then the word pattern)
        Substrings references = new Substrings(values.stream()
                .map(v -> v.word() == null ? v.value().toLowerCase(Locale.ROOT) : null).toList());
        Substrings names = new Substrings(values.stream().map(v -> v.word() == null ? null : v.asciiLower()).toList());
        List<String> hits = new ArrayList<>();
        for (Output o : outputs) {
            String text = o.text().replaceAll("\\s+", " ");
            java.util.BitSet inLower = references.in(text.toLowerCase(Locale.ROOT));
            java.util.BitSet inAsciiLower = names.in(asciiLower(text));
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                boolean found = v.word() == null ? inLower.get(i) : inAsciiLower.get(i) && v.word().matcher(text).find();
                if (found) {
                    hits.add(o.name() + " holds \"" + v.key() + "\" (" + v.query() + ")");
                }
            }
        }
        return hits;
    }

    /**
     * Which of a list of strings occur in a text, in one pass over the text (Aho-Corasick, the {@code ahocorasick}
     * library's trie): {@code in(text).get(i)} is {@code text.contains(strings.get(i))}; a null or empty string is
     * never found.
     */
    static final class Substrings {
        private final Trie trie;
        private final Map<String, List<Integer>> indices = new java.util.HashMap<>();
        private final int size;

        Substrings(List<String> strings) {
            size = strings.size();
            Trie.TrieBuilder builder = Trie.builder();
            for (int i = 0; i < strings.size(); i++) {
                String s = strings.get(i);
                if (s != null && !s.isEmpty()) {
                    builder.addKeyword(s);
                    indices.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
                }
            }
            trie = builder.build();
        }

        java.util.BitSet in(String text) {
            java.util.BitSet found = new java.util.BitSet(size);
            for (Emit emit : trie.parseText(text)) {
                indices.get(emit.getKeyword()).forEach(found::set);
            }
            return found;
        }
    }

    /** A-Z lowered, every other character as it is: how {@link Pattern#CASE_INSENSITIVE} alone compares letters. */
    static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    @Test
    void the_one_pass_search_finds_exactly_what_contains_finds() {
        java.util.Random random = new java.util.Random(2026);
        for (int round = 0; round < 500; round++) {
            List<String> strings = new ArrayList<>();
            for (int k = random.nextInt(12); k >= 0; k--) {
                strings.add(random.nextInt(10) == 0 ? null : randomText(random, random.nextInt(5)));
            }
            String text = randomText(random, random.nextInt(60));
            java.util.BitSet found = new Substrings(strings).in(text);
            for (int k = 0; k < strings.size(); k++) {
                String s = strings.get(k);
                assertThat(found.get(k)).as("\"%s\" in \"%s\"", s, text)
                        .isEqualTo(s != null && !s.isEmpty() && text.contains(s));
            }
        }
    }

    /** Text over a three-letter alphabet, so that strings overlap and nest often. */
    private static String randomText(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < length; k++) {
            text.append("abc".charAt(random.nextInt(3)));
        }
        return text.toString();
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void no_anonymised_output_holds_a_case_reference_child_reference_or_name_from_the_database() throws IOException {
        Map<String, String> sensitive = sensitive();
        assertThat(sensitive).hasSizeGreaterThan(100);
        List<Output> outputs = outputs(ReportVariant.ANONYMISED);
        assertThat(outputs).hasSizeGreaterThanOrEqualTo(4);
        // an output with no rows may have no pages (a PDF whose report has no data): nothing to label, nothing to leak
        assertThat(outputs).filteredOn(o -> o.text().strip().length() > 200)
                .allSatisfy(o -> assertThat(o.text()).as(o.name()).containsIgnoringCase("anonymised"));
        assertThat(hits(outputs, sensitive)).isEmpty();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_same_search_finds_references_and_names_in_the_full_versions() throws IOException {
        Map<String, String> sensitive = sensitive();
        // one audited cycle's outputs of each kind show the search finds what is there: the search is the same code
        // for every output and cycle, so the full versions of the other cycles (as many fills and PDF readings again
        // as the anonymised walk, for the same answer) prove nothing more
        long cycle = cycles().getFirst();
        List<Output> outputs = cycleOutputs(ReportVariant.IDENTIFIED, List.of(cycle), List.of(cycle));
        List<String> hits = hits(outputs, sensitive);
        assertThat(hits).anyMatch(h -> h.contains("case_reference"));
        // and in each format: the workbook's cells, the PDF's text and the HTML twin's text as they are read above
        for (String kind : List.of("RESULTS_WORKBOOK cycle ", "COMMITTEE_PACK cycle ", "COMMITTEE_PACK_HTML cycle ")) {
            assertThat(hits).as(kind).anyMatch(h -> h.startsWith(kind) && h.contains("case_reference"));
        }
    }
}
