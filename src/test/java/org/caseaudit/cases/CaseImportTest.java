package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.internal.ImportEngine;
import org.caseaudit.cases.internal.ImportProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** The import path end to end on MariaDB: counts, idempotency, audit records. */
@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class CaseImportTest {

    @Autowired
    CaseImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    int cases(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE source = ?", Integer.class, source);
    }

    ImportResult commit(Path file, String profile, String source) {
        return imports.commit(StagedFile.existing(file, file.getFileName().toString()), profile,
                new ImportOptions(source, false));
    }

    @Test
    void reimport_of_the_same_file_changes_nothing_and_changed_rows_are_updated() throws Exception {
        List<CaseData> cases = TestFiles.cases(120, 11);
        Path file = TestFiles.export(dir, "cases.csv", ExportShape.STANDARD, cases);

        ImportResult first = commit(file, "standard", "idem");
        assertThat(first.status()).as(first.problems().toString()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(first.counts()).isEqualTo(new ImportCounts(120, 120, 0, 0, 0));
        assertThat(cases("idem")).isEqualTo(120);

        ImportResult again = commit(file, "standard", "idem");
        assertThat(again.counts()).isEqualTo(new ImportCounts(120, 0, 0, 120, 0));

        List<CaseData> changed = new ArrayList<>(cases);
        for (int i = 0; i < 3; i++) {
            CaseData c = changed.get(i);
            changed.set(i, new CaseData(c.caseReference(), c.childReference(), c.team(), "Z. Changed", c.teamManager(),
                    c.referralDate(), c.referralSource(), c.referralDecisionDate(), c.strategyDiscussionDates(),
                    c.s47StartDate(), c.s47Outcome(), c.s47EndDate(), c.icpcDate(), c.cfaStartDate(),
                    c.cfaCompletionDate(), c.firstCoreGroupDate(), c.consentSought(), c.consentSoughtDate(),
                    c.sharedWithoutConsent(), c.consentAuthorisedDate(), c.chronologyOnFile(),
                    c.chronologyUpdatedDate(), c.managementOversightDate(), c.referrerInformedDate(),
                    c.childrenInHousehold()));
        }
        changed.addAll(TestFiles.cases(130, 11).subList(120, 130));
        Path newer = TestFiles.export(dir, "newer.csv", ExportShape.STANDARD, changed);
        ImportResult third = commit(newer, "standard", "idem");
        assertThat(third.counts()).isEqualTo(new ImportCounts(130, 10, 3, 117, 0));
        assertThat(jdbc.queryForObject("SELECT version FROM case_record WHERE source = 'idem' AND case_reference = ?",
                Long.class, changed.getFirst().caseReference())).isEqualTo(1L);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_import WHERE source = 'idem' AND status = 'COMMITTED'"
                + " AND username = 'lead' AND sha256 = ?", Integer.class, first.sha256())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_IMPORT_COMMITTED'"
                + " AND detail LIKE ?", Integer.class, "%sha256=" + third.sha256() + "%")).isEqualTo(1);
    }

    @Test
    void stored_facts_equal_the_generated_facts_including_strategy_discussions() throws Exception {
        List<CaseData> cases = TestFiles.cases(40, 12);
        commit(TestFiles.export(dir, "c.csv", ExportShape.STANDARD, cases), "standard", "roundtrip");
        ImportResult again = commit(TestFiles.export(dir, "c.xlsx", ExportShape.STANDARD, cases), "standard", "roundtrip");
        assertThat(again.counts().unchanged()).as("xlsx with real date cells gives the same facts as csv").isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_strategy_discussion d JOIN case_record c ON c.id = d.case_id"
                + " WHERE c.source = 'roundtrip'", Integer.class))
                .isEqualTo(cases.stream().mapToInt(c -> c.strategyDiscussionDates().size()).sum());
    }

    @Test
    void every_shipped_profile_imports_a_file_of_its_shape_and_unmapped_columns_are_never_stored() throws Exception {
        List<CaseData> cases = TestFiles.cases(60, 13);
        for (ExportShape shape : ExportShape.values()) {
            for (String ext : List.of(".csv", ".xlsx")) {
                String source = "shape-" + shape.ordinal() + ext;
                ImportResult r = commit(TestFiles.export(dir, shape.name() + ext, shape, cases), shape.profileName(), source);
                assertThat(r.status()).as(shape + ext + ": " + r.problems()).isEqualTo(ImportStatus.COMMITTED);
                assertThat(r.counts().created()).isEqualTo(60);
            }
        }
        String everything = String.join("|", jdbc.queryForList(
                "SELECT CONCAT_WS('|', child_reference, team, social_worker, team_manager, referral_source)"
                        + " FROM case_record WHERE source LIKE 'shape-%'", String.class));
        assertThat(everything).doesNotContain("Synthetic Name");
    }

    @Test
    void formula_looking_cells_are_stored_as_text_and_exported_safely() throws Exception {
        String csv = TestFiles.standardHeader() + "\n" + TestFiles.standardRow(Map.of("case_reference", "F1",
                "child_reference", "C1", "team", "MASH", "social_worker", "=HYPERLINK(\"http://evil\",\"x\")",
                "team_manager", "@SUM(A1)", "referral_source", "+44 1234", "s47_outcome", "NFA")) + "\n";
        ImportResult r = commit(TestFiles.text(dir, "f.csv", csv), "standard", "formula");
        assertThat(r.status()).as(r.problems().toString()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(jdbc.queryForObject("SELECT social_worker FROM case_record WHERE source = 'formula'", String.class))
                .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
    }

    @Test
    void cancelled_import_writes_nothing_and_is_recorded() throws Exception {
        Path file = TestFiles.export(dir, "big.csv", ExportShape.STANDARD, TestFiles.cases(3000, 14));
        ImportEngine engine = new ImportEngine(jdbc, transactionManager, new ImportProperties(null, null, 500), clock);
        ImportControl control = new ImportControl();
        ImportEngine.Job job = new ImportEngine.Job(file, "big.csv", standardProfile(), new ImportOptions("cancel", false),
                true, "lead", "UI", control) ;
        // cancel once two batches have been written inside the transaction
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (control.rowsRead() < 1200) {
                Thread.onSpinWait();
            }
            control.cancel();
        });
        ImportResult r = engine.run(job);
        watcher.join(5000);
        assertThat(r.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(cases("cancel")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_import WHERE source = 'cancel' AND status = 'CANCELLED'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void register_export_is_formula_safe_in_csv_and_xlsx() throws Exception {
        String csv = TestFiles.standardHeader() + "\n" + TestFiles.standardRow(Map.of("case_reference", "X1",
                "child_reference", "C1", "team", "MASH", "social_worker", "=1+1")) + "\n";
        commit(TestFiles.text(dir, "x.csv", csv), "standard", "export-safe");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registerAsAdmin().export(new CaseFilter(null, null, null, null, null, "X1"), CaseRegisterService.ExportFormat.CSV, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(",'=1+1,");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        registerAsAdmin().export(new CaseFilter(null, null, null, null, null, "X1"), CaseRegisterService.ExportFormat.XLSX, xlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var row = wb.getSheetAt(0).getRow(1);
            int col = ExportShape.STANDARD.headings().indexOf("social_worker") + 1;
            assertThat(row.getCell(col).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(col).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(col).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Autowired
    CaseRegisterService register;

    @Test
    void register_export_with_computed_timescales_reimports_as_unchanged() throws Exception {
        commit(TestFiles.export(dir, "r.csv", ExportShape.STANDARD, TestFiles.cases(30, 15)), "standard", "reexport");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // no source filter in CaseFilter: export everything, keep this source's rows
        register.export(CaseFilter.all(), CaseRegisterService.ExportFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String body = lines.getFirst() + "\n" + String.join("\n", lines.stream().filter(l -> l.startsWith("reexport,"))
                .toList()) + "\n";
        ImportResult again = commit(TestFiles.text(dir, "register.csv", body), "standard", "reexport");
        assertThat(again.status()).as(again.problems().toString()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.counts()).isEqualTo(new ImportCounts(30, 0, 0, 30, 0));
        assertThat(again.headerMatches()).filteredOn(h -> h.column().endsWith("_status"))
                .allSatisfy(h -> assertThat(h.field()).isNull());
    }

    CaseRegisterService registerAsAdmin() {
        return register;
    }

    MappingProfile standardProfile() {
        return new MappingProfile(null, "standard", "standard", "yyyy-MM-dd", null, true, 0,
                java.util.Arrays.stream(CaseField.values()).map(f -> new MappingProfile.ColumnMapping(f.key(), f)).toList(),
                List.of());
    }

    static DataSize kb(int n) {
        return DataSize.ofKilobytes(n);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
