package org.caseaudit.templates;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseaudit.IntegrationTest;
import org.caseaudit.templates.TemplateComparison.ChangeType;
import org.caseaudit.templates.internal.TemplateVersionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TemplateStorageTest {

    @Autowired TemplateService service;
    @Autowired TemplateParser parser;
    @Autowired TemplateStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired TemplateVersionRepository versions;
    @Autowired PlatformTransactionManager transactions;

    private int auditEvents(String action, String targetId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and target_id = ? and actor = 'admin'",
                Integer.class, action, targetId);
    }

    private static byte[] shipped(String file) throws IOException {
        return Files.readAllBytes(TemplateFilesTest.FOLDER.resolve(file));
    }

    /** A template of its own per test, so tests sharing the database do not meet. */
    private static String sample(String id, int version) {
        return TemplateParserTest.VALID.replace("id: sample", "id: " + id).replace("version: 2", "version: " + version);
    }

    @Test
    void the_four_shipped_templates_are_stored_at_start_up_with_their_questions() throws IOException {
        assertThat(service.versions()).extracting(TemplateVersionSummary::templateId)
                .contains("s47-enquiry", "mash-information-sharing", "qualitative-decision-making", "re-audit");

        TemplateDefinition fromFile = parser.parse("s47-enquiry.yaml", shipped("s47-enquiry.yaml"));
        TemplateVersionSummary stored = service.versions("s47-enquiry").stream()
                .filter(v -> v.version() == fromFile.version()).findFirst().orElseThrow();
        assertThat(stored.questionCount()).isEqualTo((int) fromFile.questions().count());
        assertThat(stored.sha256()).isEqualTo(TemplateJson.sha256(TemplateJson.canonical(fromFile)));
        assertThat(service.find("s47-enquiry", fromFile.version())).contains(fromFile);
    }

    @Test
    void loading_the_same_files_again_stores_nothing_new() {
        var report = new TemplateStartupLoader(parser, store, TemplateFilesTest.FOLDER).loadAll();

        assertThat(report.stored()).isEmpty();
        assertThat(report.refused()).isEmpty();
        assertThat(report.unchanged()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_changed_file_with_a_stored_version_number_is_refused_at_start_up_and_the_stored_version_kept(
            @TempDir Path folder) throws IOException {
        // version 1, still shipped under earlier-versions/ (the current file is version 2)
        String before = service.versions("s47-enquiry").stream().filter(v -> v.version() == 1).findFirst()
                .orElseThrow().sha256();
        String changed = Files.readString(TemplateFilesTest.FOLDER.resolve("earlier-versions/s47-enquiry.v1.yaml"))
                .replace("Is a chronology on file and up to date?", "Is there a chronology?");
        Files.writeString(folder.resolve("s47-enquiry.yaml"), changed);
        Files.writeString(folder.resolve("it-startup-new.yaml"), sample("it-startup-new", 1));

        var report = new TemplateStartupLoader(parser, store, folder).loadAll();

        assertThat(report.refused()).singleElement().asString()
                .startsWith("s47-enquiry.yaml line ")
                .contains(", version: version 1 of template 's47-enquiry' is already stored")
                .contains("the next free one is 3");
        assertThat(report.stored()).contains("it-startup-new v1");
        assertThat(service.versions("s47-enquiry")).filteredOn(v -> v.version() == 1).singleElement()
                .extracting(TemplateVersionSummary::sha256).isEqualTo(before);
    }

    @Test
    void an_uploaded_new_version_is_stored_and_compared_with_the_previous_one() {
        service.upload("it-upload.yaml", sample("it-upload", 1).getBytes(UTF_8));
        var result = service.upload("it-upload-v2.yaml", sample("it-upload", 2)
                .replace("Is a chronology on file?", "Is a chronology on file and current?").getBytes(UTF_8));

        assertThat(result.alreadyStored()).isFalse();
        assertThat(result.version().storedBy()).isEqualTo("admin");
        assertThat(service.versions("it-upload")).extracting(TemplateVersionSummary::version).containsExactly(2, 1);
        assertThat(auditEvents("TEMPLATE_VERSION_STORED", "it-upload v2")).isEqualTo(1);
        assertThat(service.compare("it-upload", 1, 2).changes()).singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(ChangeType.CHANGED);
                    assertThat(c.questionId()).isEqualTo("chronology-on-file");
                    assertThat(c.field()).isEqualTo("text");
                });
    }

    @Test
    void uploading_an_identical_file_again_is_reported_as_already_stored() {
        service.upload("it-same.yaml", sample("it-same", 1).getBytes(UTF_8));

        var again = service.upload("it-same.yaml", ("# comment only\n" + sample("it-same", 1)).getBytes(UTF_8));

        assertThat(again.alreadyStored()).isTrue();
        assertThat(service.versions("it-same")).hasSize(1);
    }

    @Test
    void an_uploaded_changed_file_with_a_stored_version_is_refused_naming_file_line_and_field() {
        service.upload("it-conflict.yaml", sample("it-conflict", 1).getBytes(UTF_8));
        String stored = service.versions("it-conflict").getFirst().sha256();

        assertThatThrownBy(() -> service.upload("it-conflict.yaml",
                sample("it-conflict", 1).replace("title: Sample", "title: Changed").getBytes(UTF_8)))
                .isInstanceOf(TemplateValidationException.class)
                .hasMessageStartingWith(
                "it-conflict.yaml line 2, version: version 1 of template 'it-conflict' is already stored");
        assertThat(service.versions("it-conflict")).singleElement()
                .extracting(TemplateVersionSummary::sha256).isEqualTo(stored);
    }

    @Test
    void an_invalid_upload_stores_nothing() {
        assertThatThrownBy(() -> service.upload("it-invalid.yaml",
                sample("it-invalid", 1).replace("scale: YES_NO_NA", "scale: YESNO").getBytes(UTF_8)))
                .hasMessageContaining(
                "it-invalid.yaml line 16, sections[0].questions[1].scale: unknown answer scale 'YESNO'");

        assertThat(service.versions("it-invalid")).isEmpty();
        assertThat(auditEvents("TEMPLATE_UPLOAD_REFUSED", "it-invalid.yaml")).isEqualTo(1);
    }

    @Test
    void a_version_in_use_cannot_be_deleted_but_an_unused_one_can() {
        service.upload("it-used.yaml", sample("it-used", 1).getBytes(UTF_8));
        service.upload("it-used.yaml", sample("it-used", 2).replace("title: Sample", "title: Two").getBytes(UTF_8));

        service.markUsed("it-used", 1);
        service.markUsed("it-used", 1);

        assertThatThrownBy(() -> service.delete("it-used", 1)).isInstanceOf(TemplateInUseException.class)
                .hasMessageContaining("in use");
        service.delete("it-used", 2);
        assertThat(service.versions("it-used")).singleElement()
                .satisfies(v -> assertThat(v.inUse()).isTrue());
    }

    @Test
    void two_audits_starting_on_a_version_at_the_same_time_both_go_on_and_it_is_marked_once() {
        service.upload("it-race.yaml", sample("it-race", 1).getBytes(UTF_8));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        // the second audit's transaction has read the version as unused when the first audit's marks it and commits
        Boolean secondMarked = transaction.execute(status -> {
            assertThat(versions.find("it-race", 1)).hasValueSatisfying(v -> assertThat(v.isInUse()).isFalse());
            other.executeWithoutResult(s -> service.markUsed("it-race", 1));
            return store.markUsed("it-race", 1);
        });

        assertThat(secondMarked).isFalse();
        assertThat(service.versions("it-race")).singleElement().satisfies(v -> assertThat(v.inUse()).isTrue());
        assertThat(auditEvents("TEMPLATE_VERSION_USED", "it-race v1")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void only_administrators_upload_or_delete() {
        byte[] file = sample("it-denied", 1).getBytes(UTF_8);

        assertThatThrownBy(() -> service.upload("it-denied.yaml", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete("s47-enquiry", 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.versions()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "PANEL_VIEWER")
    void panel_viewers_cannot_read_templates() {
        assertThatThrownBy(() -> service.versions()).isInstanceOf(AccessDeniedException.class);
    }
}
