package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.IntegrationTest;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanException;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Delivery groups own actions, and the action-plan workbook and progress report can be built for one group: only its
 * actions, its name in the title and the file name; the panel sees the group's name, never its chair. Seeds its own
 * groups and actions (no demo data needed).
 */
@IntegrationTest
class DeliveryGroupReportsTest {

    @Autowired DeliveryGroupService groups;
    @Autowired ActionPlanService plan;
    @Autowired WorkbookService workbooks;
    @Autowired PdfReports pdfs;
    @Autowired ReportBuilder builder;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    DeliveryGroup frontDoor;
    DeliveryGroup practice;
    ActionItem ofFrontDoor;
    ActionItem ofPractice;
    ActionItem ofNobody;

    private static <T> T lead(java.util.concurrent.Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    @BeforeEach
    void seed() {
        String suffix = Long.toString(System.nanoTime(), 36);
        frontDoor = lead(() -> groups.save(null, 0, "Front Door Group " + suffix, "Chair Person Alpha " + suffix));
        practice = lead(() -> groups.save(null, 0, "  Practice   Standards " + suffix + " ", "Head of QA"));
        LocalDate due = LocalDate.now(clock).plusMonths(1);
        ofFrontDoor = lead(() -> plan.create(null, null, null, List.of(), new ActionForm("Front door issue " + suffix,
                "Front door action", null, "Head of MASH", due, ActionStatus.NOT_STARTED, frontDoor.id())));
        ofPractice = lead(() -> plan.create(null, null, null, List.of(), new ActionForm("Practice issue " + suffix,
                "Practice action", null, null, due, ActionStatus.IN_PROGRESS, practice.id())));
        ofNobody = lead(() -> plan.create(null, null, null, List.of(), new ActionForm("Other issue " + suffix,
                "Other action", null, "Service Manager", due, ActionStatus.NOT_STARTED)));
    }

    @Test
    void groups_need_a_unique_name_and_a_chair_and_changes_are_locked_and_trailed() {
        assertThat(practice.name()).as("spaces tidied").startsWith("Practice Standards ");
        assertThatThrownBy(() -> lead(() -> groups.save(null, 0, " ", "Chair"))).isInstanceOf(
                ActionPlanException.class).hasMessage("Give the delivery group's name");
        assertThatThrownBy(() -> lead(() -> groups.save(null, 0, "Another", ""))).isInstanceOf(
                ActionPlanException.class).hasMessage("Give the delivery group's chair");
        assertThatThrownBy(() -> lead(() -> groups.save(null, 0, frontDoor.name().toUpperCase(), "Someone")))
                .isInstanceOf(ActionPlanException.class).hasMessageContaining("already a delivery group");
        DeliveryGroup renamed = lead(() -> groups.save(frontDoor.id(), frontDoor.version(), frontDoor.name() + " X",
                "New Chair"));
        assertThat(renamed.version()).isGreaterThan(frontDoor.version());
        assertThatThrownBy(() -> lead(() -> groups.save(frontDoor.id(), frontDoor.version(), frontDoor.name(),
                "Stale"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as("panel", () -> groups.save(null, 0, "Panel's own", "Chair"), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('DELIVERY_GROUP_CREATED', "
                + "'DELIVERY_GROUP_UPDATED') and target_id = ?", Integer.class, String.valueOf(frontDoor.id())))
                .isEqualTo(2);
        assertThatThrownBy(() -> lead(() -> plan.create(null, null, null, List.of(), new ActionForm("Issue", "Act",
                null, null, null, ActionStatus.NOT_STARTED, -5L)))).isInstanceOf(ActionPlanException.class)
                .hasMessage("There is no delivery group -5");
    }

    @Test
    void a_group_owns_actions_shown_with_its_chair_in_full_and_without_it_to_the_panel() {
        ActionItem a = as("panel", () -> plan.get(ofFrontDoor.id()), Roles.PANEL_VIEWER);
        assertThat(a.deliveryGroup()).isEqualTo(frontDoor.name());
        assertThat(a.owner()).isEqualTo("Head of MASH; " + frontDoor.name() + " (chair: " + frontDoor.chair() + ")");
        assertThat(a.ownerRole()).isEqualTo("Head of MASH; " + frontDoor.name());
        ActionItem p = lead(() -> plan.get(ofPractice.id()));
        assertThat(p.owner()).isEqualTo(practice.name() + " (chair: Head of QA)");
        assertThat(p.ownerRole()).isEqualTo(practice.name());
        assertThat(lead(() -> plan.plan(true, frontDoor.id()))).extracting(ActionItem::id)
                .containsExactly(ofFrontDoor.id());
        assertThat(lead(() -> plan.plan(true, null))).extracting(ActionItem::id)
                .contains(ofFrontDoor.id(), ofPractice.id(), ofNobody.id());
    }

    @Test
    void the_action_plan_workbook_for_one_group_holds_only_its_actions_and_names_the_group() throws Exception {
        ReportService.ReportFile file = as("panel", () -> workbooks.actionPlanWorkbook(null, frontDoor.id(),
                ReportVariant.ANONYMISED, ReportProgress.NONE), Roles.PANEL_VIEWER);
        assertThat(file.fileName()).isEqualTo("action-plan-all-cycles-" + WorkbookService.slug(frontDoor.name())
                + "-anonymised.xlsx");
        String text = text(file.content());
        assertThat(text).contains(ofFrontDoor.reference() + "\t").contains(frontDoor.name())
                .doesNotContain(ofPractice.reference() + "\t").doesNotContain(ofNobody.reference() + "\t")
                .doesNotContain(frontDoor.chair());
        ReportService.ReportFile full = lead(() -> workbooks.actionPlanWorkbook(null, practice.id(),
                ReportVariant.IDENTIFIED, ReportProgress.NONE));
        assertThat(text(full.content())).contains(ofPractice.reference() + "\t").contains("Head of QA")
                .doesNotContain(ofFrontDoor.reference() + "\t");
        ReportService.ReportFile everything = lead(() -> workbooks.actionPlanWorkbook(null, null,
                ReportVariant.IDENTIFIED, ReportProgress.NONE));
        assertThat(everything.fileName()).startsWith("action-plan-all-cycles.");
        assertThat(text(everything.content())).contains(ofFrontDoor.reference() + "\t")
                .contains(ofNobody.reference() + "\t");
    }

    @Test
    void the_progress_report_for_one_group_holds_only_its_actions_and_names_the_group() throws Exception {
        ReportService.ReportFile file = as("panel", () -> builder.build(ReportKind.ACTION_PLAN_PROGRESS, null,
                frontDoor.id(), ReportVariant.ANONYMISED, ReportProgress.NONE), Roles.PANEL_VIEWER);
        assertThat(file.fileName()).startsWith("action-plan-progress-" + WorkbookService.slug(frontDoor.name())
                + "-anonymised-");
        String text = String.join(" ", PdfRenderingTest.pages(file.content())).replaceAll("\\s+", " ");
        assertThat(text).contains("Action plan progress: " + frontDoor.name()).contains(ofFrontDoor.reference() + ":")
                .doesNotContain(ofPractice.reference() + ":").doesNotContain(ofNobody.reference() + ":")
                .doesNotContain(frontDoor.chair());
        assertThatThrownBy(() -> as("panel", () -> pdfs.actionPlanProgress(true, -1L), Roles.PANEL_VIEWER))
                .hasMessage("There is no delivery group -1");
    }

    private static String text(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = WorkbookFixtures.read(xlsx)) {
            for (Sheet sheet : wb) {
                sheet.forEach(row -> {
                    row.forEach(cell -> sb.append(cell.toString()).append('\t'));
                    sb.append('\n');
                });
            }
        }
        return sb.toString();
    }
}
