package org.caseaudit.installation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.installation.CouncilSummary;
import org.caseaudit.partnership.PartnershipFixtures;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.shared.ui.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The installation administrator creates a council with its administrator on the page, then sees its actions. */
@IntegrationTest
class CouncilsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @SuppressWarnings("unchecked")
    private List<CouncilSummary> rows() {
        Grid<CouncilSummary> grid = $(Grid.class).id("councils-grid");
        List<CouncilSummary> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_council_is_created_with_its_administrator_and_then_offers_export_and_offboarding() {
        navigate(CouncilsView.class);
        String code = "VW" + System.nanoTime() % 100000;
        String admin = "vwadmin" + System.nanoTime() % 100000;
        test($(TextField.class).id("council-code")).setValue(code);
        test($(TextField.class).id("council-name")).setValue("View test council " + code);
        test($(TextField.class).id("council-admin-username")).setValue(admin);
        test($(TextField.class).id("council-admin-name")).setValue("View Admin");
        test($(EmailField.class).id("council-admin-email")).setValue(admin + "@example.org");
        test($(PasswordField.class).id("council-admin-password")).setValue(PartnershipFixtures.PASSWORD);
        test($(Button.class).id("council-create")).click();

        List<CouncilSummary> rows = rows();
        CouncilSummary made = rows.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        assertThat(made.users()).isOne();
        // the page counts each council's members, not the installation's users, and dates each council by the
        // time stored from the application's clock (the installation council's at the first start: V48)
        var grid = test($(Grid.class).id("councils-grid"));
        String today = Formats.date(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        assertThat(grid.getCellText(rows.indexOf(made), 3)).isEqualTo("1");
        assertThat(grid.getCellText(rows.indexOf(made), 4)).isEqualTo("Active since " + today);
        CouncilSummary installation = rows.stream().filter(c -> c.id() == CurrentCouncil.INSTALLATION_COUNCIL)
                .findFirst().orElseThrow();
        int members = jdbc.queryForObject("SELECT COUNT(*) FROM app_user_council WHERE council_id = ?", Integer.class,
                CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(grid.getCellText(rows.indexOf(installation), 3)).isEqualTo(String.valueOf(members));
        assertThat(members).isLessThan(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class));
        assertThat(grid.getCellText(rows.indexOf(installation), 4)).isEqualTo("Active since " + today);
        assertThat(jdbc.queryForObject("SELECT password_change_required FROM app_user WHERE username = ?",
                Boolean.class, admin)).as("the initial password is replaced at the first sign-in").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user_council m JOIN app_user u ON u.id = m.user_id"
                + " WHERE u.username = ? AND m.council_id = ?", Integer.class, admin, made.id())).isOne();
        test($(Grid.class).id("councils-grid")).select(rows.indexOf(made));
        assertThat($(Anchor.class).id("council-export").getText()).contains("Export all");
        assertThat($(Button.class).id("council-offboard").getText()).contains("Offboard");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_refused_request_is_shown_and_nothing_is_made() {
        navigate(CouncilsView.class);
        String code = "VR" + System.nanoTime() % 100000;
        test($(TextField.class).id("council-code")).setValue(code);
        test($(TextField.class).id("council-name")).setValue("Refused council " + code);
        test($(TextField.class).id("council-admin-username")).setValue("vwrefused" + System.nanoTime() % 100000);
        test($(TextField.class).id("council-admin-name")).setValue("View Admin");
        test($(PasswordField.class).id("council-admin-password")).setValue("short");
        test($(Button.class).id("council-create")).click();

        assertThat($(Notification.class).all()).as("the user service's refusal, shown by the page")
                .anySatisfy(n -> assertThat(test(n).getText()).contains("Use at least"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM council WHERE code = ?", Integer.class, code)).isZero();

        List<CouncilSummary> rows = rows();
        CouncilSummary installation = rows.stream().filter(c -> c.id() == CurrentCouncil.INSTALLATION_COUNCIL)
                .findFirst().orElseThrow();
        test($(Grid.class).id("councils-grid")).select(rows.indexOf(installation));
        test($(TextField.class).id("council-integration-name")).setValue("no spaces allowed");
        test($(Button.class).id("council-integration-add")).click();
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText()).contains("Name must"));
        assertThat($(Paragraph.class).withId("council-integration-token").all()).isEmpty();
    }

    @Autowired
    PartnershipFixtures fixtures;

    @Test
    @WithMockUser(username = "vw-council-admin", roles = "ADMIN")
    void an_administrator_of_another_council_is_told_who_manages_councils() {
        if (fixtures.councilsOf("vw-council-admin").isEmpty()) {
            long council = fixtures.council("Council of the view test", null);
            fixtures.createUser(council, "vw-council-admin", org.caseaudit.security.Role.ADMIN);
        }
        navigate(CouncilsView.class);
        assertThat($(Paragraph.class).id("councils-not-installation").getText())
                .contains("administrator of the installation council");
        assertThat($(Grid.class).all()).isEmpty();
    }
}
