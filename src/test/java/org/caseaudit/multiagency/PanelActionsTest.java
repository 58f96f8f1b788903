package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import java.util.concurrent.Callable;
import org.caseaudit.IntegrationTest;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.multiagency.MultiAgencyFixture.World;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The panel's concerns and recommendations become actions in the action plan, owned by an agency and a group. */
@IntegrationTest
class PanelActionsTest {

    private static final List<AgencyKind> TWO = List.of(AgencyKind.POLICE, AgencyKind.HEALTH);

    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;
    @Autowired ActionPlanService actionPlan;
    @Autowired DeliveryGroupService groups;

    private static <T> T asLead(Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    private World atPanel() {
        World w = fixture.world(1, TWO);
        fixture.submitAll(w, "Yes");
        asLead(() -> service.startPanel(w.audit().id(), w.audit().version()));
        return w;
    }

    private DeliveryGroup group(World w) {
        return asLead(() -> groups.save(null, 0, "MA group " + w.audit().id(), "Chair of the group"));
    }

    @Test
    void a_recommendation_goes_into_the_action_plan_owned_by_the_agency_and_the_delivery_group() {
        World w = atPanel();
        DeliveryGroup group = group(w);
        long audit = w.audit().id();

        Recommendation r = asLead(() -> service.recommend(audit, w.agencyId(AgencyKind.HEALTH), group.id(),
                "Health to add a neglect prompt to every health visitor contact.", fixture.today().plusDays(60)));

        var action = asLead(() -> actionPlan.get(r.actionId()));
        assertThat(action.ownerName()).isEqualTo(w.agencies().get(AgencyKind.HEALTH).name());
        assertThat(action.deliveryGroupId()).isEqualTo(group.id());
        assertThat(action.action()).isEqualTo("Health to add a neglect prompt to every health visitor contact.");
        assertThat(r.owner()).isEqualTo(w.agencies().get(AgencyKind.HEALTH).name() + "; " + group.name());
        assertThat(as(w.coordinator(AgencyKind.POLICE), () -> service.recommendations(audit),
                Roles.AGENCY_COORDINATOR)).extracting(Recommendation::deliveryGroup).containsExactly(group.name());
        assertThat(asLead(() -> service.boardReport(audit)).actions())
                .anySatisfy(a -> assertThat(a.owner()).contains(group.name()));
    }

    @Test
    void a_recommendation_needs_an_owner_and_the_panel_stage_and_may_not_name_a_child() {
        World w = fixture.world(1, TWO);
        long audit = w.audit().id();
        assertThatThrownBy(() -> asLead(() -> service.recommend(audit, w.agencyId(AgencyKind.POLICE), null,
                "Police to flag vulnerable children.", fixture.today()))).hasMessageContaining("panel stage");
        fixture.submitAll(w, "Yes");
        asLead(() -> service.startPanel(audit, w.audit().version()));
        assertThatThrownBy(() -> asLead(() -> service.recommend(audit, null, null, "Nobody owns this one.",
                fixture.today()))).hasMessageContaining("owner");
        assertThatThrownBy(() -> asLead(() -> service.recommend(audit, w.agencyId(AgencyKind.EDUCATION), null,
                "Education is not taking part.", fixture.today()))).hasMessageContaining("taking part");
        String childReference = "CH-" + w.caseReferences().getFirst();
        assertThatThrownBy(() -> asLead(() -> service.recommend(audit, w.agencyId(AgencyKind.POLICE), null,
                "Review " + childReference + " again.", fixture.today()))).hasMessageContaining("Child A");
    }

    @Test
    void an_immediate_concern_may_be_owned_by_a_delivery_group_too() {
        World w = atPanel();
        DeliveryGroup group = group(w);
        long child = asLead(() -> service.children(w.audit().id())).getFirst().id();

        Concern c = asLead(() -> service.raiseConcern(w.audit().id(), child, w.agencyId(AgencyKind.POLICE),
                "No DASH risk assessment after the incident.", fixture.today().plusDays(5), group.id()));

        var action = asLead(() -> actionPlan.get(c.actionId()));
        assertThat(action.deliveryGroupId()).isEqualTo(group.id());
        assertThat(action.ownerName()).isEqualTo(w.agencies().get(AgencyKind.POLICE).name());
    }
}
