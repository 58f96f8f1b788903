package org.caseaudit.multiagency;

import static org.caseaudit.audit.AuditFixtures.as;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.TestCases;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.Usernames;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds what a multi-agency test needs, through the services: four agencies (one of each kind) with one co-ordinator
 * each (a user of the current council), a few cases in the register, and an audit of them. Names carry a run-unique suffix so tests never collide.
 */
@Component
public class MultiAgencyFixture {

    private static final AtomicInteger RUN = new AtomicInteger();

    private final AgencyService agencies;
    private final MultiAgencyService audits;
    private final TestCases cases;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    MultiAgencyFixture(AgencyService agencies, MultiAgencyService audits, TestCases cases, Clock clock,
            JdbcTemplate jdbc, CurrentCouncil council) {
        this.agencies = agencies;
        this.audits = audits;
        this.cases = cases;
        this.clock = clock;
        this.jdbc = jdbc;
        this.council = council;
    }

    /**
     * A co-ordinator of the current council with this username, unless the council already has them: an agency's
     * members are stored users of its council. Stored as {@code UserService} stores a user, but by SQL and with no
     * usable password (no test signs them in with one): hashing a password cost about 0.2 s a user at load 10, and a
     * multi-agency run makes about a hundred.
     */
    public String coordinator(String username) {
        long councilId = council.id();
        if (!council.councilsOf(username).contains(councilId)) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, username_key, full_name,"
                        + " email, password_hash, created_at) VALUES (?, ?, ?, ?, '{bcrypt}none', ?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, username);
                ps.setString(2, Usernames.normalise(username));
                ps.setString(3, "Co-ordinator " + username);
                ps.setString(4, username + "@example.org");
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                return ps;
            }, key);
            long id = key.getKey().longValue();
            jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", id, Role.AGENCY_COORDINATOR.name());
            jdbc.update("INSERT INTO app_user_council (user_id, council_id) VALUES (?, ?)", id, councilId);
        }
        return username;
    }

    /** A seeded world: agencies by kind, each kind's co-ordinator username, the case references, the audit. */
    public record World(Map<AgencyKind, Agency> agencies, Map<AgencyKind, String> coordinators,
            List<String> caseReferences, AuditSummary audit) {

        public String coordinator(AgencyKind kind) {
            return coordinators.get(kind);
        }

        public long agencyId(AgencyKind kind) {
            return agencies.get(kind).id();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** Agencies of every kind, {@code children} cases, and an audit of them with the agencies {@code taking}. */
    public World world(int children, List<AgencyKind> taking) {
        String n = System.nanoTime() % 1_000_000 + "-" + RUN.incrementAndGet();
        Map<AgencyKind, Agency> made = new EnumMap<>(AgencyKind.class);
        Map<AgencyKind, String> coordinators = new EnumMap<>(AgencyKind.class);
        for (AgencyKind kind : AgencyKind.values()) {
            Agency agency = as("admin", () -> agencies.create(kind.label() + " test " + n, kind), Roles.ADMIN);
            String user = coordinator("coord-" + kind.name().toLowerCase().replace('_', '-') + "-" + n);
            AuditFixtures.asRun("admin", () -> agencies.addMember(agency.id(), user), Roles.ADMIN);
            made.put(kind, agency);
            coordinators.put(kind, user);
        }
        List<String> references = new ArrayList<>();
        List<AuditForm.Nomination> nominations = new ArrayList<>();
        for (int i = 1; i <= children; i++) {
            String ref = "MA-" + n + "-" + i;
            cases.add(AuditFixtures.s47Case(ref));
            references.add(ref);
            nominations.add(new AuditForm.Nomination(ref, LocalDate.of(2015, 1, i)));
        }
        AuditForm form = new AuditForm("Neglect " + n, today().plusDays(14), today().plusDays(21),
                taking.stream().map(k -> made.get(k).id()).toList(), nominations);
        AuditSummary audit = as("lead", () -> audits.create(form), Roles.AUDIT_LEAD);
        return new World(made, coordinators, references, audit);
    }

    /** Answers that complete a return of {@code kind}: the first option of every scale, text elsewhere. */
    public Map<String, String> completeAnswers(AgencyKind kind, String firstChoice) {
        Map<String, String> answers = new LinkedHashMap<>();
        as("lead", () -> audits.template(kind), Roles.AUDIT_LEAD).sections().forEach(s -> s.questions().forEach(q -> {
            if (q.scale().options().isEmpty()) {
                answers.put(q.id(), "The agency's records show regular contact with the child and family.");
            } else {
                String choice = q.scale().options().contains(firstChoice) ? firstChoice : q.scale()
                        .options().getFirst();
                answers.put(q.id(), choice);
                if (q.scale().nonCompliantOptions().contains(choice)) {
                    answers.put(q.id() + ":note", "Seen in the agency's chronology.");
                }
            }
        }));
        return answers;
    }

    /** Every return of the audit submitted by its agency's co-ordinator, answering {@code firstChoice} where it can. */
    public void submitAll(World world, String firstChoice) {
        for (AgencyKind kind : world.agencies().keySet()) {
            String user = world.coordinator(kind);
            List<AgencyReturn> mine;
            try {
                mine = as(user, () -> audits.returns(world.audit().id()), Roles.AGENCY_COORDINATOR);
            } catch (MultiAgencyUnavailableException notTakingPart) {
                continue;
            }
            for (AgencyReturn r : mine) {
                as(user, () -> audits.submitReturn(r.id(), r.version(), completeAnswers(kind, firstChoice)),
                        Roles.AGENCY_COORDINATOR);
            }
        }
    }
}
