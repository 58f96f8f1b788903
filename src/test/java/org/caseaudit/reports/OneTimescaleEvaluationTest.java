package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.MappingProfileService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.shared.ui.Formats;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One truth of a case's timescales: for every demo case and every measure, the register (its facts panel and its
 * export) and, for every audited case, the audit workspace's facts and the case audit report say the same status and
 * due date, because all of them read the register's one evaluation. About the demo data ({@code @DemoDataTest}): it
 * walks the demo register and the demo year's audits (as an {@code @IntegrationTest} it passed only after the demo
 * tests had loaded the year into the same database, and walked every case other tests had added too).
 */
@DemoDataTest
@Tag("clock")
class OneTimescaleEvaluationTest {

    @Autowired CaseRegisterService register;
    @Autowired AuditService audits;
    @Autowired CaseAuditReportBuilder reports;
    @Autowired PdfReports pdfs;
    @Autowired MappingProfileService profiles;
    @Autowired JdbcTemplate jdbc;

    /** "status|due" as each place shows it, per case id and measure. */
    private static String shown(MeasureResult r) {
        return r.status().label() + "|" + (r.dueDate() == null ? "" : Formats.date(r.dueDate()));
    }

    @Test
    void the_register_the_workspace_and_the_case_audit_report_agree_on_every_timescale_of_every_demo_case()
            throws IOException {
        Map<Long, Map<Measure, String>> registerView = new HashMap<>();
        List<String> disagreements = new ArrayList<>();
        // the demo register's cases (imported as a Mosaic-like export); other tests add thousands of cases of their
        // own sources to the same register, which are not the subject here and made this walk take minutes
        String demoSource = as("lead", () -> profiles.byName(ExportShape.MOSAIC_LIKE.profileName()).orElseThrow()
                .source(), Roles.AUDIT_LEAD);
        Map<String, Long> demoIds = new HashMap<>();
        jdbc.query("SELECT id, case_reference FROM case_record WHERE council_id = ? AND source = ?",
                (java.sql.ResultSet rs) -> {
                    demoIds.put(rs.getString(2), rs.getLong(1));
                }, CurrentCouncil.INSTALLATION_COUNCIL, demoSource);
        as("lead", () -> {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            register.export(CaseFilter.all(), CaseRegisterService.ExportFormat.CSV, csv);
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString(StandardCharsets.UTF_8)))) {
                if (!row.get("source").equals(demoSource)) {
                    continue; // cases other tests put in the register; the demo cases are the subject here
                }
                String reference = row.get("case_reference");
                // the same reference may come from two sources (other tests import their own files): the row's own,
                // found in one query for the whole walk rather than a look-up and a panel per source for each row
                CaseFacts facts = register.openFacts(demoIds.get(reference)).orElseThrow();
                assertThat(facts.source()).as(reference).isEqualTo(demoSource);
                long id = facts.id();
                Map<Measure, String> panel = new HashMap<>();
                for (MeasureResult r : facts.timescales().results()) {
                    panel.put(r.measure(), shown(r));
                    String key = r.measure().name().toLowerCase(java.util.Locale.ROOT);
                    String exported = org.caseaudit.calendar.MeasureStatus.valueOf(row.get(key + "_status")).label()
                            + "|" + (row.get(key + "_due").isEmpty() ? ""
                            : Formats.date(java.time.LocalDate.parse(row.get(key + "_due"))));
                    if (!exported.equals(shown(r))) {
                        disagreements.add(reference + " " + r.measure() + ": panel " + shown(r)
                                + ", export " + exported);
                    }
                }
                registerView.put(id, panel);
            }
            return null;
        }, Roles.AUDIT_LEAD);
        assertThat(registerView).as("demo cases walked").hasSizeGreaterThanOrEqualTo(500);

        int audited = as("lead", () -> {
            int n = 0;
            for (long cycle : audits.cycles()) {
                for (AuditSummary a : audits.cycleAudits(cycle)) {
                    Map<Measure, String> expected = registerView.get(a.caseId());
                    if (expected == null || a.status() == AuditStatus.NOT_STARTED) {
                        continue;
                    }
                    n++;
                    AuditDetails workspace = audits.open(a.id());
                    assertThat(workspace.caseFacts().timescales()).as("every measure in the workspace")
                            .hasSize(Measure.values().length);
                    for (MeasureResult r : workspace.caseFacts().timescales()) {
                        if (!shown(r).equals(expected.get(r.measure()))) {
                            disagreements.add(a.caseReference() + " " + r.measure() + ": register "
                                    + expected.get(r.measure()) + ", workspace " + shown(r));
                        }
                    }
                    CaseAuditReport report = reports.build(a.id(), "OFFICIAL-SENSITIVE");
                    for (CommitteePack.Line line : report.timescales()) {
                        Measure m = java.util.Arrays.stream(Measure.values())
                                .filter(x -> x.label().equals(line.label())).findFirst().orElseThrow();
                        String[] registerShown = expected.get(m).split("\\|", -1);
                        String want = registerShown[0] + (registerShown[1].isEmpty() ? "" : "; due "
                                + registerShown[1]);
                        if (!line.value().startsWith(want)) {
                            disagreements.add(a.caseReference() + " " + m + ": register " + expected.get(m)
                                    + ", report " + line.value());
                        }
                    }
                    assertThat(report.timescales()).as("every measure that applies, in the report")
                            .hasSize((int) expected.values().stream().filter(v -> !v.startsWith("Not applicable|"))
                                    .count());
                }
            }
            return n;
        }, Roles.AUDIT_LEAD);

        assertThat(audited).as("audited demo cases walked").isGreaterThanOrEqualTo(50);
        assertThat(disagreements).isEmpty();
    }

    /**
     * The register holds no review conference date, so a case whose ICPC was long ago is "Data missing" for its first
     * review conference (the conference may well have been held), never "Overdue": in the register, the workspace and
     * the PDF alike.
     */
    @Test
    void the_first_review_conference_without_a_date_in_the_register_is_data_missing_in_the_case_audit_pdf_too()
            throws IOException {
        AuditSummary audit = as("lead", () -> audits.cycles().stream().flatMap(c -> audits.cycleAudits(c).stream())
                .filter(a -> a.status() != AuditStatus.NOT_STARTED)
                .filter(a -> register.openFacts(a.caseId()).map(f -> f.data().icpcDate() != null).orElse(false))
                .findFirst().orElseThrow(), Roles.AUDIT_LEAD);
        MeasureResult inRegister = as("lead", () -> register.openFacts(audit.caseId()).orElseThrow().timescales()
                .result(Measure.FIRST_REVIEW_CONFERENCE), Roles.AUDIT_LEAD);
        assertThat(inRegister.status()).isEqualTo(org.caseaudit.calendar.MeasureStatus.DATA_MISSING);

        byte[] pdf = as("lead", () -> pdfs.caseAuditReport(audit.id()), Roles.AUDIT_LEAD);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("First review conference Data missing; due " + Formats.date(inRegister.dueDate()))
                .doesNotContain("First review conference Overdue");
    }
}
