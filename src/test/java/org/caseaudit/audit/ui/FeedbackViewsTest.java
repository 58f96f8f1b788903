package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFeedback;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.audit.SharedAudit;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "manager", roles = "TEAM_MANAGER")
class FeedbackViewsTest extends SpringBrowserlessTest {

    @Autowired FeedbackService feedback;
    @Autowired AuditTestSupport support;

    private long sharedAudit() {
        long id = support.submitted(support.newCycle(), "auditor", "No", "Inadequate");
        asRun("lead", () -> feedback.share(id, "manager", "For your team meeting"), Roles.AUDIT_LEAD);
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_team_manager_opens_a_shared_audit_from_their_list_reads_the_findings_and_replies() {
        long id = sharedAudit();
        navigate(SharedAuditsView.class);
        Grid<SharedAudit> list = $(Grid.class).id("shared-audits-grid");
        assertThat(list.getGenericDataView().getItems().map(SharedAudit::auditId)).contains(id);

        UI.getCurrent().navigate(AuditFeedbackView.class, AuditWorkspaceView.params(id));

        Grid<AuditFeedback.Item> findings = $(Grid.class).id("feedback-findings");
        assertThat(findings.getGenericDataView().getItems()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.finding()).isTrue());
        assertThat($(Paragraph.class).id("feedback-summary").getText()).contains("finding(s)");
        test($(TextArea.class).id("feedback-reply-text")).setValue("Agreed; actions set in supervision.");
        test($(Button.class).id("feedback-reply-send")).click();

        assertThat($(VerticalLayout.class).id("feedback-replies").getElement().getTextRecursively())
                .contains("manager").contains("Agreed; actions set in supervision.");
        assertThat(as("lead", () -> feedback.feedback(id), Roles.AUDIT_LEAD).replies()).hasSize(1);
    }

    @Test
    void an_audit_not_shared_with_the_manager_is_refused_with_a_message() {
        long id = support.assign(support.newCycle(), "auditor", null);
        UI.getCurrent().navigate(AuditFeedbackView.class, AuditWorkspaceView.params(id));
        assertThat($(Paragraph.class).id("feedback-refused").getText())
                .isEqualTo(org.caseaudit.audit.AuditUnavailableException.MESSAGE);
        assertThat($(com.vaadin.flow.component.grid.Grid.class).all()).as("no answers shown").isEmpty();
    }
}
