package org.caseaudit.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.IntegrationTokenService;
import org.caseaudit.cases.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The API behind its own stateless chain: bearer token required, same validation, JSON answers, CSV register. */
@IntegrationTest
class CaseApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    IntegrationTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    MockMvc mvc;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String token(String name) {
        var admin = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            return tokens.create(name).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String token(String name, java.util.Set<org.caseaudit.cases.IntegrationScope> scopes,
            java.time.LocalDate expiresOn) {
        var admin = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            return tokens.create(name, scopes, expiresOn).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.time.LocalDateTime nowUtc() {
        return java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    @Test
    @org.junit.jupiter.api.Tag("clock")
    void a_token_works_only_for_its_scope_and_is_listed_with_scope_and_expiry() throws Exception {
        java.time.LocalDate nextMonth = nowUtc().toLocalDate().plusDays(30);
        String exportOnly = token("api-scope-export", java.util.EnumSet.of(
                org.caseaudit.cases.IntegrationScope.EXPORT), nextMonth);
        String importOnly = token("api-scope-import", java.util.EnumSet.of(
                org.caseaudit.cases.IntegrationScope.IMPORT), nextMonth);
        MockMultipartFile file = new MockMultipartFile("file", "c.csv", "text/csv", "x".getBytes());

        mvc.perform(multipart("/api/imports").file(file).header("Authorization", "Bearer " + exportOnly))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + importOnly))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + exportOnly))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/imports").file(file).param("profile", "nope").header("Authorization",
                "Bearer " + importOnly))
                .andExpect(status().isBadRequest());

        var admin = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            var listed = tokens.list().stream().filter(a -> a.name().equals("api-scope-export")).findFirst()
                    .orElseThrow();
            assertThat(listed.scopeText()).isEqualTo("export");
            assertThat(listed.expiresAt()).isEqualTo(nextMonth.atStartOfDay());
            assertThat(listed.status(tokens.now())).isEqualTo("active");
            assertThat(listed.status(nextMonth.atStartOfDay())).isEqualTo("expired");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create("api-too-long",
                    java.util.EnumSet.of(org.caseaudit.cases.IntegrationScope.EXPORT), nowUtc().toLocalDate()
                    .plusDays(731)))
                    .hasMessageContaining("at most 730 days");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create("api-no-scope",
                    java.util.EnumSet.noneOf(org.caseaudit.cases.IntegrationScope.class), nextMonth))
                    .hasMessageContaining("import, export or both");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("clock")
    void an_expired_token_is_refused() throws Exception {
        String token = token("api-expired", java.util.EnumSet.allOf(org.caseaudit.cases.IntegrationScope.class),
                nowUtc().toLocalDate().plusDays(1));
        mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // The application's clock stands still in tests: age the token by moving its expiry to just before now.
        jdbc.update("UPDATE case_integration_token SET expires_at = ? WHERE name = 'api-expired'",
                java.sql.Timestamp.valueOf(nowUtc().minusSeconds(1)));
        mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + token)).andExpect(status()
                .isUnauthorized());
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "c.csv", "text/csv", "x".getBytes()))
                .header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void import_without_or_with_a_wrong_token_is_refused() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "c.csv", "text/csv", "x".getBytes());
        mvc.perform(multipart("/api/imports").file(file)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports").file(file).header("Authorization", "Bearer cat_wrong"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/cases.csv")).andExpect(status().isUnauthorized());
    }

    @Test
    void import_with_a_token_answers_counts_in_json_and_reimport_is_unchanged() throws Exception {
        String token = token("api-test-job");
        Path csv = TestFiles.export(dir, "nightly.csv", ExportShape.STANDARD, TestFiles.cases(25, 41));
        MockMultipartFile file = new MockMultipartFile("file", "nightly.csv", "text/csv", Files.readAllBytes(csv));
        mvc.perform(multipart("/api/imports").file(file).param("profile", "standard").param("source", "api-test")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.counts.created").value(25))
                .andExpect(jsonPath("$.sha256").isString());
        mvc.perform(multipart("/api/imports").file(file).param("source", "api-test")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.unchanged").value(25));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_import WHERE source = 'api-test' AND channel = 'API'"
                + " AND username = 'integration:api-test-job'", Integer.class)).isEqualTo(2);
    }

    @Test
    void bad_file_gets_422_with_problems_and_writes_nothing() throws Exception {
        String token = token("api-test-bad");
        String body = TestFiles.standardHeader() + "\n" + TestFiles.standardRow(java.util.Map.of("case_reference", "B1",
                "child_reference", "C1", "team", "MASH", "icpc_date", "yesterday")) + "\n";
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                body.getBytes()))
                        .param("source", "api-bad").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("icpc_date"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE source = 'api-bad'",
                Integer.class)).isZero();
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", body.getBytes()))
                        .param("profile", "nope").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
    }

    @Test
    void register_csv_with_a_token_and_revoked_token_is_refused() throws Exception {
        String token = token("api-test-csv");
        String csv = mvc.perform(get("/api/cases.csv").param("outcome", "ICPC").header("Authorization",
                "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("source,case_reference,child_reference,team");
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",icpc_status,icpc_working_days,icpc_due,")
                .endsWith(",calendar_version");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).containsAnyOf(",MET,", ",MISSED,",
                ",DATA_MISSING,"));
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",ICPC,"));

        var admin = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(admin);
        long id = tokens.list().stream().filter(a -> a.name().equals("api-test-csv")).findFirst().orElseThrow().id();
        tokens.revoke(id);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + token)).andExpect(status()
                .isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            outcome | BOGUS      | Parameter 'outcome' must be one of ICPC, CHILD_IN_NEED, NFA, OTHER.
            from    | 01/03/2026 | Parameter 'from' must be a date written yyyy-MM-dd.
            hasIcpc | maybe      | Parameter 'hasIcpc' must be true or false.
            """)
    void a_parameter_that_does_not_convert_is_answered_with_the_allowed_values_and_no_class_names(
            String parameter, String value, String message) throws Exception {
        String token = token("api-test-bad-" + parameter);
        String body = mvc.perform(get("/api/cases.csv").param(parameter, value).header("Authorization",
                "Bearer " + token))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(message).doesNotContain("org.caseaudit", "java.", "No enum constant", "Exception");
    }
}
