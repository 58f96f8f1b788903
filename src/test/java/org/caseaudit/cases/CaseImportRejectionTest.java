package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.internal.ImportEngine;
import org.caseaudit.cases.internal.ImportProperties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** Every kind of bad input is rejected with a message naming the problem, and writes 0 case rows. */
@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class CaseImportRejectionTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    MappingProfileService profiles;

    @TempDir
    static Path dir;

    interface FileBuilder {
        Path build(Path dir) throws Exception;
    }

    static String csv(List<Map<String, String>> rows) {
        StringBuilder sb = new StringBuilder(TestFiles.standardHeader()).append('\n');
        rows.forEach(r -> sb.append(TestFiles.standardRow(r)).append('\n'));
        return sb.toString();
    }

    static Map<String, String> row(String ref, String... pairs) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("case_reference", ref, "child_reference", "C" + ref,
                "team", "MASH"));
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** A good generated file with one bad row at the end, after several batches were already written. */
    static Path goodThenBad(Path dir, String name, Map<String, String> bad) throws Exception {
        Path good = TestFiles.export(dir, "good-" + name, ExportShape.STANDARD, TestFiles.cases(2500, 21));
        String text = java.nio.file.Files.readString(good) + TestFiles.standardRow(bad) + "\n";
        return TestFiles.text(dir, name, text);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("workbook named .csv", (FileBuilder) d -> TestFiles.bytes(d, "wb.csv",
                        java.nio.file.Files.readAllBytes(TestFiles.xlsx(d, "wb-src.xlsx", List.of(List.of("a"))))),
                        "named .csv"),
                Arguments.of("text named .xlsx", (FileBuilder) d -> TestFiles.text(d, "t.xlsx", csv(List.of(row("A1"))))
                        , "not an Excel workbook"),
                Arguments.of("pdf", (FileBuilder) d -> TestFiles.text(d, "t.pdf", "%PDF-1.7"), "unsupported"),
                Arguments.of("encrypted xlsx", (FileBuilder) d -> TestFiles.encrypt(
                        TestFiles.export(d, "plain.xlsx", ExportShape.STANDARD, TestFiles.cases(5, 1)), d.resolve("enc.xlsx")),
                        "password-protected"),
                Arguments.of("zip bomb", (FileBuilder) d -> TestFiles.zipBomb(
                        TestFiles.export(d, "b.xlsx", ExportShape.STANDARD, TestFiles.cases(5, 1)), d.resolve("bomb.xlsx")),
                        "zip bomb"),
                Arguments.of("DOCTYPE / external entity", (FileBuilder) d -> TestFiles.xxe(
                        TestFiles.export(d, "x.xlsx", ExportShape.STANDARD, TestFiles.cases(5, 1)), d.resolve("xxe.xlsx")),
                        "DOCTYPE"),
                Arguments.of(".xlsm by name", (FileBuilder) d -> TestFiles.export(d, "m.xlsm.xlsx", ExportShape.STANDARD,
                        TestFiles.cases(5, 1)).resolveSibling("m.xlsm.xlsx"), "__XLSM__"),
                Arguments.of("macro workbook renamed .xlsx", (FileBuilder) d -> TestFiles.macroWorkbook(
                        TestFiles.export(d, "mm.xlsx", ExportShape.STANDARD, TestFiles.cases(5, 1)), d.resolve("macro.xlsx")),
                        "macros"),
                Arguments.of("required column renamed", (FileBuilder) d -> TestFiles.text(d, "renamed.csv",
                        csv(List.of(row("A1"))).replaceFirst("child_reference", "kid")), "required column 'child_reference'"),
                Arguments.of("bad date", (FileBuilder) d -> TestFiles.text(d, "date.csv",
                        csv(List.of(row("A1"), row("A2", "referral_date", "31/02/2024")))), "row 3, column 'referral_date'"),
                Arguments.of("bad number", (FileBuilder) d -> TestFiles.text(d, "num.csv",
                        csv(List.of(row("A1", "children_in_household", "two")))), "not a whole number"),
                Arguments.of("duplicate reference", (FileBuilder) d -> TestFiles.text(d, "dup.csv",
                        csv(List.of(row("A1"), row("A2"), row("a1")))), "duplicate case reference 'a1' (first on row 2)"),
                Arguments.of("end before start", (FileBuilder) d -> TestFiles.text(d, "end.csv",
                        csv(List.of(row("A1", "s47_start_date", "2024-03-14", "s47_end_date", "2024-03-01")))),
                        "is before s47 start date"),
                Arguments.of("unknown team", (FileBuilder) d -> TestFiles.text(d, "team.csv",
                        csv(List.of(row("A1", "team", "Team Nobody Knows")))), "unknown team"),
                Arguments.of("windows-1252 encoding", (FileBuilder) d -> TestFiles.bytes(d, "latin.csv",
                        csv(List.of(row("A1", "social_worker", "Zo\u00eb Caf\u00e9"))).getBytes(StandardCharsets.ISO_8859_1)),
                        "not valid UTF-8"),
                Arguments.of("ragged row", (FileBuilder) d -> TestFiles.text(d, "ragged.csv",
                        csv(List.of(row("A1"))) + "A2,CA2,MASH\n"), "ragged"),
                Arguments.of("header only", (FileBuilder) d -> TestFiles.text(d, "empty.csv", TestFiles.standardHeader() + "\n"),
                        "no data rows"),
                Arguments.of("bad row after 2500 good rows (batches already written)", (FileBuilder) d ->
                        goodThenBad(d, "late.csv", row("ZZ9", "icpc_date", "not-a-date")), "row 2502"),
                Arguments.of("over the size limit", (FileBuilder) d -> TestFiles.export(d, "size.csv", ExportShape.STANDARD,
                        TestFiles.cases(400, 2)), "caseaudit.import.max-bytes"),
                Arguments.of("over the row limit", (FileBuilder) d -> TestFiles.export(d, "rows.csv", ExportShape.STANDARD,
                        TestFiles.cases(3001, 2)), "caseaudit.import.max-rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void bad_input_is_rejected_and_writes_nothing(String what, FileBuilder builder, String message) throws Exception {
        Path file = builder.build(dir);
        String fileName = message.equals("__XLSM__") ? "cases.xlsm" : file.getFileName().toString();
        String expected = message.equals("__XLSM__") ? "macro-enabled" : message;
        ImportProperties props = new ImportProperties(
                what.contains("size limit") ? DataSize.ofKilobytes(64) : DataSize.ofMegabytes(50),
                what.contains("row limit") ? 3000 : 200_000, 1000);
        ImportEngine engine = new ImportEngine(jdbc, transactionManager, props, clock);
        String source = "bad-" + Integer.toHexString(what.hashCode());
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Integer.class);
        int sdBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_strategy_discussion", Integer.class);

        ImportResult r = engine.run(new ImportEngine.Job(file, fileName, profiles.byName("standard").orElseThrow(),
                new ImportOptions(source, false), true, "lead", "UI", new ImportControl()));

        assertThat(r.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(r.problems()).isNotEmpty();
        List<String> described = new ArrayList<>();
        r.problems().forEach(p -> described.add(p.describe()));
        assertThat(String.join("\n", described)).contains(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_strategy_discussion", Integer.class)).isEqualTo(sdBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_import WHERE source = ? AND status = 'REJECTED'",
                Integer.class, source)).isEqualTo(1);
    }
}
