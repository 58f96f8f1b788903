package org.caseaudit.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.calendar.TimescaleSettingInfo;
import org.caseaudit.calendar.TimescaleUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TimescaleSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    TimescaleService timescales;

    private TimescaleSettingInfo setting(Measure measure) {
        return timescales.settingRows().stream().filter(s -> s.rule().measure() == measure).findFirst().orElseThrow();
    }

    @AfterEach
    void restoreDefault() {
        TimescaleSettingInfo assessment = setting(Measure.CF_ASSESSMENT);
        if (assessment.rule().amount() != 45) {
            timescales.updateRule(new TimescaleRule(Measure.CF_ASSESSMENT, 45, TimescaleUnit.WORKING_DAYS),
                    assessment.version());
        }
    }

    @SuppressWarnings("unchecked")
    private void choose(Measure measure) {
        Grid<TimescaleSettingInfo> grid = $(Grid.class).id("timescale-grid");
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).rule().measure() == measure) {
                rows.select(i);
                return;
            }
        }
        throw new AssertionError("no row for " + measure);
    }

    @Test
    void an_administrator_changes_the_assessment_timescale_and_it_is_used() {
        navigate(TimescaleSettingsView.class);
        choose(Measure.CF_ASSESSMENT);
        assertThat($(IntegerField.class).id("timescale-amount").getValue()).isEqualTo(45);
        test($(IntegerField.class).id("timescale-amount")).setValue(40);
        test($(Button.class).id("timescale-save")).click();

        assertThat(setting(Measure.CF_ASSESSMENT).rule().amount()).isEqualTo(40);
        assertThat(timescales.settings().rule(Measure.CF_ASSESSMENT).amount()).isEqualTo(40);
    }

    @Test
    void an_impossible_rule_is_refused_on_the_field() {
        navigate(TimescaleSettingsView.class);
        choose(Measure.CF_ASSESSMENT);
        test($(IntegerField.class).id("timescale-amount")).setValue(900);
        test($(Button.class).id("timescale-save")).click();

        IntegerField amount = $(IntegerField.class).id("timescale-amount");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("between 0 and 500");
        assertThat(setting(Measure.CF_ASSESSMENT).rule().amount()).isEqualTo(45);
    }
}
