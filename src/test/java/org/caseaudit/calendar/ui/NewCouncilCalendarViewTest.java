package org.caseaudit.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.TimescaleSettingInfo;
import org.caseaudit.installation.CouncilAdministrationService;
import org.caseaudit.installation.NewCouncil;
import org.caseaudit.partnership.PartnershipFixtures;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The calendar pages for the administrator of a council made on the Councils page (issue 25 review): its timescale
 * rules are there from the start (the national defaults) and can be changed for that council alone; working days are
 * counted as everywhere else.
 */
@IntegrationTest
@WithMockUser(username = NewCouncilCalendarViewTest.ADMIN, roles = "ADMIN")
class NewCouncilCalendarViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "nc-calendar-admin";

    @Autowired
    CouncilAdministrationService administration;
    @Autowired
    JdbcTemplate jdbc;

    private long council;

    @BeforeEach
    void aNewCouncil() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, ADMIN) == 0) {
            AuditFixtures.as("admin", () -> administration.create(new NewCouncil("NC-CAL", "Calendar test council",
                    null, ADMIN, "Cal Admin", ADMIN + "@example.org", PartnershipFixtures.PASSWORD)), Roles.ADMIN);
        }
        council = jdbc.queryForObject("SELECT id FROM council WHERE code = 'NC-CAL'", Long.class);
    }

    private int amount(long councilId, Measure measure) {
        return jdbc.queryForObject("SELECT amount FROM timescale_setting WHERE council_id = ? AND measure = ?",
                Integer.class, councilId, measure.name());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_timescale_rules_are_there_and_changed_for_this_council_only() {
        int installation = amount(1L, Measure.CF_ASSESSMENT);
        navigate(TimescaleSettingsView.class);
        var grid = test((Grid<TimescaleSettingInfo>) $(Grid.class).id("timescale-grid"));
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            measures.add(grid.getRow(i).rule().measure());
        }
        assertThat(measures).containsExactlyInAnyOrder(Measure.values());
        grid.select(measures.indexOf(Measure.CF_ASSESSMENT));
        assertThat($(IntegerField.class).id("timescale-amount").getValue()).isEqualTo(45);
        int changed = amount(council, Measure.CF_ASSESSMENT) == 40 ? 41 : 40;
        test($(IntegerField.class).id("timescale-amount")).setValue(changed);
        test($(Button.class).id("timescale-save")).click();

        assertThat(amount(council, Measure.CF_ASSESSMENT)).isEqualTo(changed);
        assertThat(amount(1L, Measure.CF_ASSESSMENT)).isEqualTo(installation);
    }

    @Test
    void working_days_are_counted() {
        navigate(WorkingDaysView.class);
        test($(DatePicker.class).id("add-start")).setValue(LocalDate.of(2026, 3, 3));
        test($(IntegerField.class).id("add-days")).setValue(15);
        test($(Button.class).id("add-calculate")).click();
        assertThat($(Div.class).id("add-result").getText())
                .isEqualTo("15 working days after Tue 03/03/2026 is Tue 24/03/2026");
    }
}
