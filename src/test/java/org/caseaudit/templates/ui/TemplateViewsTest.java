package org.caseaudit.templates.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.router.QueryParameters;
import org.caseaudit.IntegrationTest;
import org.caseaudit.templates.TemplateComparison.Change;
import org.caseaudit.templates.TemplateComparison.ChangeType;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TemplateViewsTest extends SpringBrowserlessTest {

    @Autowired TemplateService service;

    /** Version 1 of the S47 checklist: the tests upload it as version 1 and a changed copy as version 2. */
    private static String s47() throws Exception {
        return Files.readString(Path.of("audit-templates", "earlier-versions", "s47-enquiry.v1.yaml"));
    }

    private void open(Class<? extends Component> view, Map<String, String> queryParameters) {
        UI.getCurrent().navigate(view, QueryParameters.simple(queryParameters));
        assertThat(getCurrentView()).isInstanceOf(view);
    }

    @SuppressWarnings("unchecked")
    private Grid<TemplateVersionSummary> versionsGrid() {
        return $(Grid.class).id("template-versions");
    }

    @Test
    void templates_view_lists_the_stored_versions() {
        navigate(TemplatesView.class);

        List<TemplateVersionSummary> rows = versionsGrid().getGenericDataView().getItems().toList();
        assertThat(rows).extracting(TemplateVersionSummary::templateId)
                .contains("s47-enquiry", "mash-information-sharing", "qualitative-decision-making", "re-audit");
        assertThat(test(versionsGrid()).getCellText(0, 0)).isEqualTo(rows.getFirst().templateId());
    }

    @Test
    void preview_shows_questions_guidance_scale_and_derivation_as_auditors_see_them() {
        open(TemplatePreviewView.class, Map.of("template", "s47-enquiry", "version", "1"));

        assertThat($(H2.class).id("preview-title").getText()).isEqualTo(
                "Section 47 child protection enquiry — case file audit");
        VerticalLayout icpc = $(VerticalLayout.class).id("question-icpc-within-15-days");
        assertThat(icpc.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .contains(
                "Where an initial child protection conference was held, was it within 15 working days of the strategy "
                + "discussion?");
        assertThat($(Span.class).id("derivation-icpc-within-15-days").getText()).isEqualTo("Derived: ICPC_TIMELINESS");
        RadioButtonGroup<?> answer = $(RadioButtonGroup.class, icpc).first();
        assertThat(answer.getListDataView().getItems().map(String::valueOf)).containsExactly("Yes", "No",
                "Not applicable");
        assertThat($(Details.class).id("guidance-icpc-within-15-days")).isNotNull();
        assertThat($(VerticalLayout.class).id("overall-grade")).isNotNull();
        RadioButtonGroup<?> grade = $(RadioButtonGroup.class, $(VerticalLayout.class).id("overall-grade")).first();
        assertThat(grade.getListDataView().getItems().map(String::valueOf))
                .containsExactly("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
    }

    @Test
    void preview_without_a_version_asks_for_one() {
        open(TemplatePreviewView.class, Map.of("template", "no-such-template"));

        assertThat($(Paragraph.class, $(Div.class).id("template-preview")).first().getText())
                .contains("Choose a template version");
    }

    @Test
    void compare_shows_what_changed_between_two_uploaded_versions() throws Exception {
        String v1 = s47().replace("id: s47-enquiry", "id: view-compare");
        service.upload("view-compare.yaml", v1.getBytes(UTF_8));
        service.upload("view-compare.yaml", v1.replace("version: 1", "version: 2")
                .replace("Is a chronology on file and up to date?", "Is an up-to-date chronology on file?")
                .replace("      - id: strengths\n", "      - id: strengths-and-learning\n")
                .getBytes(UTF_8));

        open(TemplateCompareView.class, Map.of("template", "view-compare", "to", "2"));

        @SuppressWarnings("unchecked")
        Grid<Change> grid = $(Grid.class).id("template-changes");
        assertThat(grid.getGenericDataView().getItems().toList())
                .extracting(Change::type, Change::questionId, Change::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChangeType.CHANGED, "chronology-on-file", "text"),
                        org.assertj.core.groups.Tuple.tuple(ChangeType.REMOVED, "strengths", null),
                        org.assertj.core.groups.Tuple.tuple(ChangeType.ADDED, "strengths-and-learning", null));
        assertThat($(Paragraph.class).id("compare-summary").getText())
                .isEqualTo("Version 1 to version 2: 1 question(s) added, 1 removed, 1 field change(s).");
    }

    @Test
    void an_invalid_upload_is_refused_with_the_precise_messages_and_nothing_stored() throws Exception {
        navigate(TemplatesView.class);
        String broken = s47().replace("id: s47-enquiry", "id: view-broken").replace("scale: YES_NO_NA", "scale: YESNO");

        test($(Upload.class).id("template-upload")).upload("view-broken.yaml", "application/yaml",
                broken.getBytes(UTF_8));

        Div problems = $(Div.class).id("upload-problems");
        assertThat($(ListItem.class, problems).all()).isNotEmpty().allSatisfy(item ->
                assertThat(item.getText()).matches(
                "view-broken\\.yaml line \\d+, sections\\[\\d+]\\.questions\\[\\d+]\\.scale: "
                        + "unknown answer scale 'YESNO'.*"));
        assertThat(service.versions("view-broken")).isEmpty();
    }

    @Test
    void a_valid_upload_is_stored_and_listed() throws Exception {
        navigate(TemplatesView.class);

        test($(Upload.class).id("template-upload")).upload("view-upload.yaml", "application/yaml",
                s47().replace("id: s47-enquiry", "id: view-upload").getBytes(UTF_8));

        assertThat(versionsGrid().getGenericDataView().getItems().map(TemplateVersionSummary::templateId))
                .contains("view-upload");
        assertThat($(Div.class).id("upload-problems").getChildren()).isEmpty();
    }

    @Test
    void an_administrator_deletes_an_unused_version_after_confirming_but_cannot_delete_a_used_one() throws Exception {
        String v1 = s47().replace("id: s47-enquiry", "id: view-delete");
        service.upload("view-delete.yaml", v1.getBytes(UTF_8));
        service.upload("view-delete.yaml", v1.replace("version: 1", "version: 2").replace(
                "title: Section 47", "title: S47")
                .getBytes(UTF_8));
        service.markUsed("view-delete", 1);
        navigate(TemplatesView.class);
        Button delete = $(Button.class).id("delete-button");

        test(versionsGrid()).select(rowOf("view-delete", 1));
        assertThat(delete.isEnabled()).as("delete enabled for a used version").isFalse();

        test(versionsGrid()).select(rowOf("view-delete", 2));
        test(delete).click();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).id("confirm-delete-dialog").getHeaderTitle())
                .startsWith("Delete version 2 of");
        assertThat(service.versions("view-delete")).as("nothing deleted before confirming").hasSize(2);
        test($(Button.class).id("cancel-delete")).click();
        assertThat(service.versions("view-delete")).as("kept when the administrator keeps it").hasSize(2);

        test(delete).click();
        test($(Button.class).id("confirm-delete")).click();

        assertThat(service.versions("view-delete")).extracting(TemplateVersionSummary::version).containsExactly(1);
        assertThat(versionsGrid().getGenericDataView().getItems()
                .filter(v -> v.templateId().equals("view-delete")).map(TemplateVersionSummary::version))
                .containsExactly(1);
    }

    private int rowOf(String templateId, int version) {
        List<TemplateVersionSummary> rows = versionsGrid().getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).templateId().equals(templateId) && rows.get(i).version() == version) {
                return i;
            }
        }
        throw new AssertionError("no row for " + templateId + " v" + version);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditors_see_templates_but_no_upload_or_delete() {
        navigate(TemplatesView.class);

        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Delete version");
        assertThat(versionsGrid().getGenericDataView().getItems()).isNotEmpty();
    }
}
