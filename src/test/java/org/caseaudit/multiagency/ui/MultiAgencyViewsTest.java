package org.caseaudit.multiagency.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.AgencyService;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.Child;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.MultiAgencyFixture;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.multiagency.ReturnStatus;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The co-ordinator completes a return in the browserless UI; the lead reads returns side by side and grades. */
@IntegrationTest
class MultiAgencyViewsTest extends SpringBrowserlessTest {

    static final String COORDINATOR = "view-coordinator";

    @Autowired MultiAgencyFixture fixture;
    @Autowired MultiAgencyService service;
    @Autowired AgencyService agencies;

    /** The index of the returns grid's "Open" column among the shown columns (the tester counts those). */
    private static int openColumn(Grid<AgencyReturn> returns) {
        return returns.getColumns().stream().filter(Grid.Column::isVisible).toList()
                .indexOf(returns.getColumnByKey("open"));
    }

    @Test
    @WithMockUser(username = COORDINATOR, roles = "AGENCY_COORDINATOR")
    @SuppressWarnings("unchecked")
    void a_coordinator_sees_only_their_agencys_returns_and_submits_one_from_the_template() {
        var w = fixture.world(2, List.of(AgencyKind.POLICE, AgencyKind.HEALTH));
        asRun("admin", () -> agencies.addMember(w.agencyId(AgencyKind.POLICE),
                fixture.coordinator(COORDINATOR)), Roles.ADMIN);

        navigate(MultiAgencyAuditsView.class);
        Grid<AuditSummary> audits = $(Grid.class).id("ma-audits");
        AuditSummary mine = audits.getGenericDataView().getItems().filter(a -> a.id() == w.audit().id())
                .findFirst().orElseThrow();
        audits.select(mine);
        Grid<AgencyReturn> returns = $(Grid.class).id("ma-returns");
        List<AgencyReturn> shown = returns.getGenericDataView().getItems().toList();
        assertThat(shown).hasSize(2).allSatisfy(r -> assertThat(r.agency().kind()).isEqualTo(AgencyKind.POLICE));
        assertThat($(Button.class).withId("ma-start-panel").exists()).as("only the lead moves the audit on").isFalse();

        test((Button) test(returns).getCellComponent(0, openColumn(returns))).click();
        service.template(AgencyKind.POLICE).sections().forEach(s -> s.questions().forEach(q -> {
            if (q.scale().options().isEmpty()) {
                test($(TextArea.class).id("ma-q-" + q.id())).setValue("Seen at home; school and GP informed.");
            } else {
                ((RadioButtonGroup<String>) $(RadioButtonGroup.class).id("ma-q-" + q.id()))
                        .setValue(q.scale().options().getFirst());
            }
        }));
        test($(Button.class).id("ma-return-submit")).click();

        AgencyReturn saved = as("lead", () -> service.openReturn(shown.getFirst().id()), Roles.AUDIT_LEAD);
        assertThat(saved.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(saved.submittedBy()).isEqualTo(COORDINATOR);
        assertThat(saved.answers()).containsEntry("good-practice", "Seen at home; school and GP informed.")
                .containsEntry("child-voice", "Yes");
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    @SuppressWarnings("unchecked")
    void the_lead_reads_the_returns_side_by_side_and_records_a_grade_with_its_rationale() {
        var w = fixture.world(1, List.of(AgencyKind.POLICE, AgencyKind.HEALTH, AgencyKind.EDUCATION));
        fixture.submitAll(w, "Yes");
        service.startPanel(w.audit().id(), w.audit().version());

        navigate(PanelView.class);
        ComboBox<AuditSummary> audit = $(ComboBox.class).id("ma-panel-audit");
        audit.setValue(audit.getGenericDataView().getItems().filter(a -> a.id() == w.audit().id()).findFirst()
                .orElseThrow());
        ComboBox<Child> child = $(ComboBox.class).id("ma-panel-child");
        child.setValue(child.getGenericDataView().getItems().findFirst().orElseThrow());

        assertThat($(Div.class).withClassName("ma-return-card").all()).hasSize(3);
        ((Select<PanelDomain>) $(Select.class).id("ma-domain")).setValue(PanelDomain.JOINT_WORKING);
        ((Select<Grade>) $(Select.class).id("ma-grade")).setValue(Grade.GOOD);
        test($(TextArea.class).id("ma-rationale")).setValue("Agencies met and shared within a day.");
        test($(Button.class).id("ma-record-conclusion")).click();

        Grid<org.caseaudit.multiagency.Conclusion> conclusions = $(Grid.class).id("ma-conclusions");
        assertThat(conclusions.getGenericDataView().getItems().toList()).singleElement().satisfies(c -> {
            assertThat(c.domain()).isEqualTo(PanelDomain.JOINT_WORKING);
            assertThat(c.grade()).isEqualTo(Grade.GOOD);
        });
    }

    @Test
    @WithMockUser(username = COORDINATOR + "-autosave", roles = "AGENCY_COORDINATOR")
    void a_return_is_saved_as_the_coordinator_types_and_a_stale_form_says_so_instead_of_overwriting() {
        var w = fixture.world(1, List.of(AgencyKind.POLICE, AgencyKind.HEALTH));
        asRun("admin", () -> agencies.addMember(w.agencyId(AgencyKind.POLICE),
                fixture.coordinator(COORDINATOR + "-autosave")),
                Roles.ADMIN);
        navigate(MultiAgencyAuditsView.class);
        Grid<AuditSummary> audits = $(Grid.class).id("ma-audits");
        audits.select(audits.getGenericDataView().getItems().filter(a -> a.id() == w.audit().id()).findFirst()
                .orElseThrow());
        Grid<AgencyReturn> returns = $(Grid.class).id("ma-returns");
        long id = returns.getGenericDataView().getItems().findFirst().orElseThrow().id();
        test((Button) test(returns).getCellComponent(0, openColumn(returns))).click();

        test($(TextArea.class).id("ma-q-good-practice")).setValue("Prompt referral after the first incident.");

        AgencyReturn draft = as("lead", () -> service.openReturn(id), Roles.AUDIT_LEAD);
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(draft.answers()).containsEntry("good-practice", "Prompt referral after the first incident.");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("ma-return-saved").getText()).isEqualTo(
                "Draft saved");

        // someone else saves the same return meanwhile (another tab): the open form's next save is refused
        service.saveReturn(id, draft.version(), java.util.Map.of("good-practice", "Written in another tab."));
        test($(TextArea.class).id("ma-q-areas-for-development")).setValue("Record the child's words.");

        assertThat($(com.vaadin.flow.component.html.Span.class).id("ma-return-saved").getText())
                .startsWith("Not saved").contains("Someone changed this return meanwhile");
        assertThat(as("lead", () -> service.openReturn(id), Roles.AUDIT_LEAD).answers())
                .containsEntry("good-practice", "Written in another tab.").doesNotContainKey("areas-for-development");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void an_administrator_creates_an_agency_and_it_is_listed() {
        String name = "View test agency " + System.nanoTime();
        navigate(AgenciesView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("agency-name")).setValue(name);
        ((Select<AgencyKind>) $(Select.class).id("agency-kind")).setValue(AgencyKind.HEALTH);
        test($(Button.class).id("agency-create")).click();

        Grid<org.caseaudit.multiagency.AgencyMembers> grid = $(Grid.class).id("agencies-grid");
        assertThat(grid.getGenericDataView().getItems().map(m -> m.agency().name()).toList()).contains(name);
        assertThat(agencies.agencies()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo(name);
            assertThat(a.kind()).isEqualTo(AgencyKind.HEALTH);
        });
    }
}
