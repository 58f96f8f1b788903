package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.CollaborativeAuditService;
import org.caseaudit.audit.GradeAgreement;
import org.caseaudit.audit.PracticeFixtures;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The collaborative audit page, as the auditor uses it in the meeting with the practitioner. */
@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDITOR")
class PracticeViewsTest extends SpringBrowserlessTest {

    @Autowired PracticeFixtures fixtures;
    @Autowired CollaborativeAuditService service;

    @Test
    @SuppressWarnings("unchecked")
    void the_auditor_turns_collaboration_on_records_the_reflection_and_a_disagreement_beside_the_domain_grades() {
        long audit = fixtures.audit(fixtures.cycle("Collaborative view"), "auditor");
        fixtures.answer(audit, "auditor", "child-experience-grade", "Requires improvement to be good");
        fixtures.grade(audit, "auditor", "Requires improvement to be good");

        UI.getCurrent().navigate(CollaborativeAuditView.class, CollaborativeAuditView.params(audit));
        assertThat($(Paragraph.class).id("collab-off").getText()).contains("not done with the practitioner");
        test($(Checkbox.class).id("collab-audit-mode")).click();

        test($(TextField.class).id("collab-practitioner")).setValue("Sam Worker");
        test($(TextField.class).id("collab-practitioner-role")).setValue("Social worker");
        test($(TextField.class).id("collab-manager")).setValue("Terry Manager");
        test($(TextArea.class).id("collab-went-well")).setValue("I saw the child alone at school");
        test($(TextArea.class).id("collab-do-differently")).setValue("Write the child's words down");
        test($(Button.class).id("collab-save")).click();
        test($(RadioButtonGroup.class).id("collab-agreement-choice")).selectItem("Disagrees with the grade");
        test($(TextArea.class).id("collab-agreement-reason")).setValue("The child's voice is in the CP plan");
        test($(Button.class).id("collab-agreement-save")).click();

        assertThat($(Paragraph.class).id("collab-agreement-now").getText())
                .contains("Disagrees with the grade").contains("The child's voice is in the CP plan");
        assertThat($(Div.class).id("collab-domain-grades").getText() + $(Div.class).id("collab-domain-grades")
                .getElement().getTextRecursively())
                .contains("The child seen and heard — lived experience: Requires improvement to be good");
        assertThat($(VerticalLayout.class).id("collab-reflection").getElement().getTextRecursively())
                .contains("The practitioner's reflection");
        var stored = as("auditor", () -> service.collaboration(audit), Roles.AUDITOR);
        assertThat(stored.wentWell()).isEqualTo("I saw the child alone at school");
        assertThat(stored.agreement()).isEqualTo(GradeAgreement.DISAGREES);
    }

    @Test
    void a_feedback_link_is_shown_once_to_copy_and_listed_as_waiting() {
        long audit = fixtures.audit(fixtures.cycle("Feedback link view"), "auditor");
        UI.getCurrent().navigate(CollaborativeAuditView.class, CollaborativeAuditView.params(audit));

        test($(Button.class).id("collab-family-create")).click();

        assertThat($(TextField.class).id("collab-family-link").getValue()).contains("/family-feedback/");
        assertThat($(Div.class).id("collab-family-list").getElement().getTextRecursively())
                .contains("Parent or carer").contains("waiting");
    }

    @Test
    void another_auditors_audit_is_refused_with_a_message() {
        long audit = fixtures.audit(fixtures.cycle("Collaborative refused"), "moderator");
        UI.getCurrent().navigate(CollaborativeAuditView.class, CollaborativeAuditView.params(audit));

        assertThat($(Paragraph.class).id("collab-refused").getText()).isNotBlank();
        assertThat($(TextArea.class).all()).isEmpty();
    }
}
