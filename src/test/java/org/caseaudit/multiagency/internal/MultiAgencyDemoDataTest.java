package org.caseaudit.multiagency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseaudit.DemoDataTest;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.Concern;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo's multi-agency audits: one completed neglect audit and one in progress, and the completed audit's concern
 * in the action plan like any concern the panel raises. About the demo data itself, so {@code @DemoDataTest}.
 */
@DemoDataTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class MultiAgencyDemoDataTest {

    @Autowired MultiAgencyService service;
    @Autowired ActionPlanService actionPlan;

    @Test
    void the_demo_has_a_completed_neglect_audit_whose_concern_is_in_the_action_plan_and_one_in_progress() {
        List<AuditSummary> audits = service.audits();
        AuditSummary completed = audits.stream().filter(a -> a.theme().equals(MultiAgencyDemoData.COMPLETED))
                .findFirst().orElseThrow();
        AuditSummary inProgress = audits.stream().filter(a -> a.theme().equals(MultiAgencyDemoData.IN_PROGRESS))
                .findFirst().orElseThrow();
        assertThat(completed.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(completed.returnsSubmitted()).isEqualTo(completed.returnsExpected());
        assertThat(inProgress.stage()).isEqualTo(Stage.RETURNS);
        assertThat(inProgress.returnsSubmitted()).isPositive().isLessThan(inProgress.returnsExpected());

        Concern concern = service.concerns(completed.id()).getFirst();
        assertThat(concern.actionId()).as("the demo concern is in the action plan").isNotNull();
        ActionItem action = actionPlan.get(concern.actionId());
        assertThat(action.ownerName()).isEqualTo(concern.agency().name());
        assertThat(action.status()).as("acknowledged and done").isEqualTo(ActionStatus.COMPLETE);
    }
}
