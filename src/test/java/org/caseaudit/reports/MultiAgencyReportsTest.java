package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.IntegrationTest;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.Child;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyFixture;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The board report and the 7-minute briefing read back with PDFBox: their content, one page, no identifiers. */
@IntegrationTest
class MultiAgencyReportsTest {

    @Autowired MultiAgencyReports reports;
    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;

    record Pdf(int pages, String text) {
    }

    static Pdf read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new Pdf(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        }
    }

    @Test
    void board_report_and_briefing_read_well_and_name_no_child() throws IOException {
        var w = fixture.world(4, List.of(AgencyKind.values()));
        assertThatThrownBy(() -> as("lead", () -> reports.boardReport(w.audit().id()), Roles.AUDIT_LEAD))
                .isInstanceOf(MultiAgencyException.class).hasMessageContaining("panel stage");
        fixture.submitAll(w, "No");
        as("lead", () -> service.startPanel(w.audit().id(), w.audit().version()), Roles.AUDIT_LEAD);
        List<Child> children = as("lead", () -> service.children(w.audit().id()), Roles.AUDIT_LEAD);
        for (Child c : children) {
            for (PanelDomain d : PanelDomain.values()) {
                as("lead", () -> service.recordConclusion(w.audit().id(), c.id(), d,
                        c.label().equals("Child A") ? Grade.INADEQUATE : Grade.GOOD,
                        "Rationale naming " + c.childReference()), Roles.AUDIT_LEAD);
            }
        }
        as("lead", () -> service.raiseConcern(w.audit().id(), children.getFirst().id(), w.agencyId(AgencyKind.HEALTH),
                "Concern about " + children.getFirst().childReference(), fixture.today().plusDays(5)),
                Roles.AUDIT_LEAD);

        byte[] boardPdf = as("lead", () -> reports.boardReport(w.audit().id()), Roles.AUDIT_LEAD);
        byte[] briefingPdf = as("lead", () -> reports.briefing(w.audit().id()), Roles.AUDIT_LEAD);
        // kept for looking at the pages (pdftoppm -png)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "multi-agency-board-report.pdf"), boardPdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "multi-agency-briefing.pdf"), briefingPdf);
        Pdf board = read(boardPdf);
        Pdf briefing = read(briefingPdf);

        assertThat(board.text().replaceAll("\\s+", " ")).contains("OFFICIAL-SENSITIVE", "Method",
                "The children audited",
                "4 children were audited", "grades by domain", "Joint working", "Requires improvement",
                "Agencies' participation and timeliness", "4 of 4", w.agencies().get(AgencyKind.POLICE).name(),
                "Themes", "Actions", w.agencies().get(AgencyKind.HEALTH).name(), "Not yet acknowledged");
        assertThat(briefing.pages()).as("a 7-minute briefing is one page").isEqualTo(1);
        assertThat(briefing.text()).contains("1. Background", "2. Why it matters", "3. What we found",
                "4. What went well", "5. What needs to change", "6. What you should do", "7. Questions to reflect on");
        for (String text : List.of(board.text(), briefing.text())) {
            for (String ref : w.caseReferences()) {
                assertThat(text.replaceAll("\\s+", "")).doesNotContain(ref);
            }
            assertThat(text).doesNotContain("2015").doesNotContain("Rationale naming").doesNotContain("Concern about");
        }
    }

    @Test
    void agencies_and_auditors_cannot_download_the_board_report() {
        assertThatThrownBy(() -> as("coord", () -> reports.boardReport(1), Roles.AGENCY_COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", () -> reports.briefing(1), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
