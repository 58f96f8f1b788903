package org.caseaudit.shared.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import java.util.stream.IntStream;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Decision 0022: the signed-in user's council is looked up once per HTTP request, not once per statement. Counted with
 * the statement guard's recorder: the membership query ({@code app_user_council}) is sent once per request however
 * many statements the request runs, again in the next request (membership may have changed), never inside a
 * {@link CouncilScope}, and a change of council within a request is seen at once.
 */
@IntegrationTest
class CurrentCouncilCacheTest {

    private static final int CALLS = 25;

    @Autowired CurrentCouncil council;
    @Autowired AuditCycleService cycles;
    @Autowired JdbcTemplate jdbc;

    private final MockHttpSession session = new MockHttpSession();
    private long councilB;
    private long leadId;

    @BeforeEach
    void lead_also_works_in_council_b() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-CC', 'Cache council B',"
                + " UTC_TIMESTAMP(6))");
        councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-CC'", Long.class);
        leadId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'lead'", Long.class);
        jdbc.update("INSERT IGNORE INTO app_user_council (user_id, council_id) VALUES (?, ?)", leadId, councilB);
    }

    @AfterEach
    void lead_back_to_council_a_only() {
        RequestContextHolder.resetRequestAttributes();
        jdbc.update("DELETE FROM app_user_council WHERE user_id = ? AND council_id = ?", leadId, councilB);
    }

    private void newRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static long membershipQueries(List<String> statements) {
        return statements.stream().filter(sql -> sql.contains("app_user_council")).count();
    }

    /** The councils {@code CALLS} calls of id() answer, and how many membership queries they sent. */
    private record Calls(List<Long> councils, long queries) {
    }

    private Calls ids() {
        Long[] seen = new Long[CALLS];
        List<String> sent = SqlCouncilGuard.statementsOf(() -> as("lead", () -> {
            IntStream.range(0, CALLS).forEach(i -> seen[i] = council.id());
            return null;
        }, Roles.AUDIT_LEAD));
        return new Calls(List.of(seen).stream().distinct().toList(), membershipQueries(sent));
    }

    @Test
    void outside_a_request_every_call_asks_the_database_and_inside_one_only_the_first() {
        // Spring's test listener binds a mock request to every test method: step out of it first
        RequestContextHolder.resetRequestAttributes();
        Calls before = ids();
        assertThat(before.councils()).containsExactly(CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(before.queries()).as("no request to keep the answer in").isEqualTo(CALLS);

        newRequest();
        Calls after = ids();
        assertThat(after.councils()).containsExactly(CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(after.queries()).as("one request").isEqualTo(1);

        List<String> serviceCall = SqlCouncilGuard.statementsOf(() -> as("lead", () -> cycles.list(),
                Roles.AUDIT_LEAD));
        assertThat(serviceCall).isNotEmpty();
        assertThat(membershipQueries(serviceCall)).as("a service call later in the same request").isZero();
    }

    @Test
    void a_choice_is_seen_at_once_and_checked_again_in_the_next_request() {
        newRequest();
        assertThat(ids().councils()).containsExactly(CurrentCouncil.INSTALLATION_COUNCIL);
        as("lead", () -> {
            council.choose(councilB);
            return null;
        }, Roles.AUDIT_LEAD);
        Calls chosen = ids();
        assertThat(chosen.councils()).containsExactly(councilB);
        assertThat(chosen.queries()).as("the choice itself is the answer for the rest of the request").isZero();

        newRequest();
        Calls next = ids();
        assertThat(next.councils()).containsExactly(councilB);
        assertThat(next.queries()).isEqualTo(1);

        jdbc.update("DELETE FROM app_user_council WHERE user_id = ? AND council_id = ?", leadId, councilB);
        newRequest();
        assertThat(ids().councils()).as("no longer a member of B").containsExactly(CurrentCouncil.INSTALLATION_COUNCIL);
    }

    @Test
    void a_council_scope_needs_no_query_inside_a_request_or_outside() {
        for (boolean inRequest : new boolean[] {false, true}) {
            if (inRequest) {
                newRequest();
            } else {
                RequestContextHolder.resetRequestAttributes();
            }
            List<Long> seen = new java.util.ArrayList<>();
            List<String> sent = SqlCouncilGuard.statementsOf(() -> as("lead", () -> CouncilScope.call(councilB,
                    () -> {
                        IntStream.range(0, CALLS).forEach(i -> seen.add(council.id()));
                        return null;
                    }), Roles.AUDIT_LEAD));
            assertThat(seen).containsOnly(councilB);
            assertThat(membershipQueries(sent)).isZero();
        }
    }
}
