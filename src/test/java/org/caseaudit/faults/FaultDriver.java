package org.caseaudit.faults;

import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.audit.AnswerConflictException;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST-ONLY HTTP driver for {@link FaultKillIT}: lives in src/test, so it is never in the application's jar, and
 * only exists when the {@code fault-driver} profile is active (the child JVM of the fault test; no other test or
 * run activates it). Answer saves have no HTTP path of their own (the workspace saves through Vaadin's UIDL), and
 * driving Vaadin's protocol from a load loop would test Vaadin rather than our transactions; so this driver calls
 * the same {@link AuditService} methods the workspace calls, signed in as the audit's auditor, so the service's own
 * security and transaction boundaries are exercised unchanged. It listens on the loopback interface only and asks
 * for a per-run secret. Imports go through the real {@code /api/imports} with a bearer token.
 */
@RestController
@Profile("fault-driver")
class FaultDriver {

    /** The cycle the driver assigns in: made at the first assignment, found by its name after a restart. */
    static final String FAULT_CYCLE = "Fault test cycle";
    static final String AUDITOR = "auditor";

    private final AuditService audits;
    private final AuditCycleService cycles;
    private final CaseRegisterService register;
    private final TemplateService templates;
    private final String secret;
    private final java.time.Clock clock;

    FaultDriver(AuditService audits, AuditCycleService cycles, CaseRegisterService register, TemplateService templates,
                @org.springframework.beans.factory.annotation.Value("${caseaudit.fault-driver.secret}") String secret,
                java.time.Clock clock) {
        this.audits = audits;
        this.cycles = cycles;
        this.register = register;
        this.templates = templates;
        this.secret = secret;
        this.clock = clock;
    }

    @Bean
    @Order(0)
    @Profile("fault-driver")
    static SecurityFilterChain faultDriverChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/fault-driver/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().access((auth, ctx) ->
                        new org.springframework.security.authorization.AuthorizationDecision(
                                "127.0.0.1".equals(ctx.getRequest().getRemoteAddr()))));
        return http.build();
    }

    private void check(String given) {
        if (!secret.equals(given)) {
            throw new org.springframework.security.access.AccessDeniedException("wrong driver secret");
        }
    }

    private volatile boolean ready;

    /** Fires after every ApplicationRunner (templates, demo data): only then is the application ready for work. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @GetMapping("/fault-driver/ping")
    ResponseEntity<String> ping() {
        return ready ? ResponseEntity.ok("ok") : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("starting");
    }

    /** Assigns {@code count} more cases of the register to the fault cycle (auditor "auditor"); returns all ids. */
    @PostMapping("/fault-driver/assign")
    List<Long> assign(@RequestParam String secret, @RequestParam int count) {
        check(secret);
        return as("lead", () -> {
            long cycle = cycles.list().stream().filter(c -> c.name().equals(FAULT_CYCLE)).findFirst()
                    .map(CycleSummary::id).orElseGet(() -> cycles.create(new CycleDetails(FAULT_CYCLE,
                            "s47-enquiry", 1, LocalDate.of(2026, 6, 30), FrameDefinition.period(
                            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                            SampleDesign.simpleRandom(new SampleSize.Fixed(1), 0), 0)).id());
            int have = audits.cycleAudits(cycle).size();
            List<CaseFacts> cases = register.find(new CaseFilter(null, null, null, null, null, null),
                    PageRequest.of(0, have + count));
            List<AuditAssignment> assignments = new ArrayList<>();
            for (CaseFacts c : cases) {
                assignments.add(new AuditAssignment(cycle, c.id(), c.data().caseReference(), "s47-enquiry", 1,
                        AUDITOR, null, true, LocalDate.now(clock).plusWeeks(6)));
            }
            audits.assign(assignments);
            return audits.cycleAudits(cycle).stream().map(AuditSummary::id).toList();
        }, Roles.AUDIT_LEAD);
    }

    /** Opens an audit as its auditor (its first answer starts it); returns question id -> answer options. */
    @PostMapping("/fault-driver/open")
    Map<String, List<String>> open(@RequestParam String secret, @RequestParam long audit) {
        check(secret);
        return as(AUDITOR, () -> {
            AuditDetails d = audits.open(audit);
            Map<String, List<String>> options = new LinkedHashMap<>();
            for (QuestionDefinition q : d.template().questions().toList()) {
                if (!q.scale().options().isEmpty()) {
                    options.put(q.id(), q.scale().options());
                }
            }
            return options;
        }, Roles.AUDITOR);
    }

    /** How many questions a template version has: a started audit of it has one answer row per question. */
    @PostMapping("/fault-driver/questions")
    long questions(@RequestParam String secret, @RequestParam String template, @RequestParam int version) {
        check(secret);
        return as("lead", () -> templates.find(template, version).orElseThrow().questions().count(),
                Roles.AUDIT_LEAD);
    }

    /** One autosave as the auditor: 200 with the stored version (acknowledged), 409 on a version conflict. */
    @PostMapping("/fault-driver/answer")
    ResponseEntity<Map<String, Object>> answer(@RequestParam String secret, @RequestParam long audit,
                                               @RequestParam String question, @RequestParam String value,
                                               @RequestParam long version) {
        check(secret);
        try {
            AnswerState saved = as(AUDITOR, () -> audits.saveAnswer(audit,
                    new AnswerInput(question, value, "Seen on the file", "Case notes", "fault test", version)),
                    Roles.AUDITOR);
            return ResponseEntity.ok(Map.of("version", saved.version(), "value", String.valueOf(saved.value())));
        } catch (AnswerConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("conflict", question));
        }
    }

}
