package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.TestCases;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.shared.council.CouncilScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The council column of {@code access-matrix.csv}, tried in the browserless UI: council B's cycle and audit (in
 * progress, its auditor's), and every route that takes an id opened with B's ids by a user of council A who holds
 * every role. Each page must show exactly what it shows for ids that exist nowhere (nothing of B: not its cycle's
 * name, not its case reference), B's rows must be unchanged, and the same pages opened in B itself show B's work.
 */
@IntegrationTest
class RouteCouncilMatrixTest extends SpringBrowserlessTest {

    private static final long MISSING = 987_654_321L;

    @Autowired JdbcTemplate jdbc;
    @Autowired TestCases cases;
    @Autowired AuditTestSupport support;
    @Autowired AuditCycleService cycles;

    private final Map<String, Long> idsOfB = new HashMap<>();
    private String cycleName;

    private long councilB() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-RT', 'Route council B',"
                + " UTC_TIMESTAMP(6))");
        long councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-RT'", Long.class);
        String n = String.valueOf(System.nanoTime() % 1_000_000);
        cycleName = "Route council B cycle " + n;
        CouncilScope.run(councilB, () -> {
            cases.add(AuditFixtures.s47Case("RT-B-" + n));
            long cycle = as("lead", () -> cycles.create(new CycleDetails(cycleName, "s47-enquiry", 1,
                    LocalDate.of(2026, 6, 30), FrameDefinition.period(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30)), SampleDesign.simpleRandom(new SampleSize.Fixed(10), 2), 0, true)),
                    Roles.AUDIT_LEAD).id();
            long audit = support.assign(cycle, "auditor", null);
            support.start(audit, "auditor", Roles.AUDITOR);
            idsOfB.put("cycle", cycle);
            idsOfB.put("audit", audit);
        });
        return councilB;
    }

    private String state(long councilB) {
        return jdbc.queryForObject("SELECT CONCAT_WS('/',"
                + " (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0)) FROM case_record WHERE council_id = ?),"
                + " (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0)) FROM audit_cycle WHERE council_id = ?),"
                + " (SELECT GROUP_CONCAT(CONCAT(status, ':', version)) FROM case_audit WHERE council_id = ?),"
                + " (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0)) FROM audit_answer WHERE council_id = ?))",
                String.class, councilB, councilB, councilB, councilB);
    }

    /** The page's whole text after opening {@code location}, with ids written as {@code <id>}. */
    private String open(String location) {
        int q = location.indexOf('?');
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String p : location.substring(q + 1).split("&")) {
            parameters.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        UI.getCurrent().navigate(location.substring(0, q), com.vaadin.flow.router.QueryParameters.simple(parameters));
        String text = getCurrentView().getElement().getTextRecursively() + texts(getCurrentView().getElement());
        for (long id : idsOfB.values()) {
            text = text.replaceAll("(?<![0-9])" + id + "(?![0-9])", "<id>");
        }
        return text.replace(String.valueOf(MISSING), "<id>");
    }

    /** Labels, values and titles too: fields and grids carry their text in properties. */
    private static String texts(com.vaadin.flow.dom.Element element) {
        StringBuilder out = new StringBuilder();
        for (String p : List.of("label", "value", "title", "text")) {
            String v = element.getProperty(p, "");
            if (!v.isEmpty()) {
                out.append('|').append(v);
            }
        }
        element.getChildren().forEach(c -> out.append(texts(c)));
        return out.toString();
    }

    private static String location(String route, String parameters, Map<String, Long> ids, boolean missing) {
        StringBuilder query = new StringBuilder();
        for (String p : parameters.split("&")) {
            String[] nameAndKind = p.split("=");
            query.append(query.isEmpty() ? "?" : "&").append(nameAndKind[0]).append('=')
                    .append(missing ? MISSING : ids.get(nameAndKind[1]));
        }
        return route + query;
    }

    @Test
    @WithMockUser(username = "auditor", roles = {"ADMIN", "AUDIT_LEAD", "AUDITOR", "MODERATOR", "INDEPENDENT_MEMBER",
            "PANEL_VIEWER", "TEAM_MANAGER", "AGENCY_COORDINATOR", "PARTNERSHIP_LEAD", "PARTNERSHIP_PANEL"})
    void every_route_given_council_b_ids_from_council_a_shows_what_it_shows_for_no_such_id() {
        long councilB = councilB();
        Map<String, String> routes = new LinkedHashMap<>();
        AccessMatrix.councils().forEach((route, council) -> {
            if (!council.equals("-") && !council.startsWith("n/a:")) {
                routes.put(route, council);
            }
        });
        assertThat(routes).as("routes that take an id").hasSizeGreaterThanOrEqualTo(8);

        String before = state(councilB);
        List<String> leaks = new ArrayList<>();
        Map<String, String> fromA = new LinkedHashMap<>();
        routes.forEach((route, parameters) -> {
            String withB = open(location(route, parameters, idsOfB, false));
            String nowhere = open(location(route, parameters, idsOfB, true));
            fromA.put(route, withB);
            if (!withB.equals(nowhere) || withB.contains(cycleName) || withB.contains("RT-B-")) {
                leaks.add(route + " with B's ids shows: " + withB + "\n    with ids of nothing: " + nowhere);
            }
        });
        assertThat(state(councilB)).as("council B's rows").isEqualTo(before);
        assertThat(leaks).isEmpty();

        List<String> same = new ArrayList<>();
        routes.forEach((route, parameters) -> {
            String inB = CouncilScope.call(councilB, () -> open(location(route, parameters, idsOfB, false)));
            if (inB.equals(fromA.get(route))) {
                same.add(route + "\n  A: " + fromA.get(route) + "\n  B: " + inB);
            }
        });
        assertThat(same).as("routes showing council B nothing more in B itself").isEmpty();
    }
}
