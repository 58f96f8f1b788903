package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.audit.SharedAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The role walk over real records: as each demo role, the audits of the demo data that the role may read are opened
 * in the workspace, its moderation page and its feedback page (where the role may read them), in every status the
 * demo data has. Any error view, escaping exception or refusal of a page the role may read fails the walk.
 * ({@link RoleAccessViewTest} walks each route's empty state.) About the demo data ({@code @DemoDataTest}): it walks
 * the demo year's audits in every status the demo has.
 * <p>
 * Each walk opens one audit of each {@linkplain Shape shape} among those the role may read (kind, status, template and
 * version, moderated or not, nothing/part/all answered, in a cycle still in progress or a finished one), not all of
 * them: the 140-odd demo audits fall into a few dozen shapes, and the eleven finished cycles repeat the same shapes
 * month after month. Every status, every role and every page (workspace, moderation, feedback) is still opened on real
 * records; what is no longer opened is a second audit of a shape already opened (the same pages on other answers).
 */
@DemoDataTest
class DemoAuditsRoleWalkViewTest extends SpringBrowserlessTest {

    @Autowired AuditService audits;
    @Autowired FeedbackService feedback;
    @Autowired AuditTestSupport support;

    private static final Set<AuditStatus> FINISHED = EnumSet.of(AuditStatus.SUBMITTED, AuditStatus.MODERATED,
            AuditStatus.CLOSED);

    /** Every audit and moderation of the demo year, read as the audit lead. */
    private List<AuditSummary> demoAudits() {
        return as("lead", () -> {
            List<AuditSummary> all = new ArrayList<>();
            for (long cycle : audits.cycles()) {
                all.addAll(audits.cycleAudits(cycle));
            }
            return all;
        }, Roles.AUDIT_LEAD);
    }

    private static void signInAsARealSessionWould() {
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }

    /** Opens one page and fails on an error view, an escaping exception, or a refusal shown by the page. */
    private void opens(String route, long id, String refusalId) {
        String location = route + "?id=" + id;
        HasElement view;
        try {
            UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("id", String.valueOf(id))));
            view = getCurrentView();
        } catch (RuntimeException e) {
            throw new AssertionError(location + " threw " + e, e);
        }
        assertThat(view).as(location).isNotInstanceOf(InternalServerError.class)
                .isNotInstanceOf(HasErrorParameter.class);
        assertThat($(Component.class).withId(refusalId).exists()).as("%s refused: %s", location,
                $(Component.class).withId(refusalId).all().stream().map(c -> c.getElement().getTextRecursively())
                        .toList()).isFalse();
    }

    /** What tells one demo audit's pages from another's, as far as opening them goes. */
    record Shape(AuditKind kind, AuditStatus status, String template, int templateVersion, boolean moderated,
            int progress, boolean cycleInProgress) {
    }

    /** The first audit of each shape among {@code audits} (in their order), {@code all} telling which are moderated. */
    private static List<AuditSummary> oneOfEachShape(List<AuditSummary> audits, List<AuditSummary> all) {
        Predicate<AuditSummary> moderated = moderatedIn(all);
        Set<Long> inProgress = new java.util.HashSet<>();
        all.stream().filter(a -> !FINISHED.contains(a.status())).forEach(a -> inProgress.add(a.cycleId()));
        Map<Shape, AuditSummary> first = new java.util.LinkedHashMap<>();
        for (AuditSummary a : audits) {
            int progress = a.answered() == 0 ? 0 : a.answered() < a.questions() ? 1 : 2;
            first.putIfAbsent(new Shape(a.kind(), a.status(), a.templateId(), a.templateVersion(), moderated.test(a),
                    progress, inProgress.contains(a.cycleId())), a);
        }
        return List.copyOf(first.values());
    }

    private Set<AuditStatus> walk(List<AuditSummary> readable, Predicate<AuditSummary> mayCompare,
            Predicate<AuditSummary> mayReadFeedback) {
        signInAsARealSessionWould();
        Set<AuditStatus> seen = EnumSet.noneOf(AuditStatus.class);
        for (AuditSummary a : readable) {
            opens("audit", a.id(), "audit-refused");
            seen.add(a.status());
            if (mayCompare.test(a)) {
                opens("audit-moderation", a.id(), "moderation-refused");
            }
            if (mayReadFeedback.test(a)) {
                opens("audit-feedback", a.id(), "feedback-refused");
            }
        }
        return seen;
    }

    private static Predicate<AuditSummary> moderatedIn(List<AuditSummary> all) {
        return a -> a.kind() == AuditKind.AUDIT && all.stream().anyMatch(m -> m.kind() == AuditKind.MODERATION
                && m.moderatesAuditId() != null && m.moderatesAuditId() == a.id());
    }

    /**
     * The demo year closes no audit, so one is made as the demo's are, through the services: assigned, answered,
     * submitted and closed.
     */
    private void aClosedAudit() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        as("auditor", () -> {
            audits.submit(id);
            return null;
        }, Roles.AUDITOR);
        as("lead", () -> {
            audits.close(id);
            return null;
        }, Roles.AUDIT_LEAD);
    }

    private void leadOrAdminWalk() {
        if (demoAudits().stream().noneMatch(a -> a.status() == AuditStatus.CLOSED)) {
            aClosedAudit();
        }
        List<AuditSummary> all = demoAudits();
        Set<AuditStatus> seen = walk(oneOfEachShape(all, all), moderatedIn(all),
                a -> a.kind() == AuditKind.AUDIT && FINISHED.contains(a.status()));
        assertThat(seen).as("the demo data has audits in every status").containsExactlyInAnyOrder(AuditStatus.values());
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_audit_lead_opens_every_demo_audit_in_every_status() {
        leadOrAdminWalk();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_opens_every_demo_audit_in_every_status() {
        leadOrAdminWalk();
    }

    private Set<AuditStatus> ownWalk(String username) {
        return ownWalk(username, true);
    }

    private Set<AuditStatus> ownWalk(String username, boolean feedbackPage) {
        List<AuditSummary> all = demoAudits();
        List<AuditSummary> mine = all.stream().filter(a -> a.auditor().equals(username)).toList();
        Predicate<AuditSummary> moderated = moderatedIn(all);
        // the auditor reads the moderation outcome once the audit is moderated; the moderator, once their own
        // moderation is submitted (blind) or at any time (open)
        Set<AuditStatus> seen = walk(oneOfEachShape(mine, all), a -> a.kind() == AuditKind.AUDIT && moderated.test(a)
                        && (a.status() == AuditStatus.MODERATED || a.status() == AuditStatus.CLOSED),
                a -> feedbackPage && a.kind() == AuditKind.AUDIT && FINISHED.contains(a.status()));
        for (AuditSummary m : oneOfEachShape(mine, all)) {
            if (m.kind() == AuditKind.MODERATION && FINISHED.contains(m.status())) {
                opens("audit-moderation", m.moderatesAuditId(), "moderation-refused");
            }
        }
        return seen;
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_opens_each_of_their_demo_audits_in_every_status() {
        assertThat(ownWalk("auditor")).as("statuses of the auditor's demo audits").contains(AuditStatus.NOT_STARTED,
                AuditStatus.IN_PROGRESS, AuditStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "moderator", roles = {"MODERATOR", "AUDITOR"})
    void the_moderator_opens_each_of_their_demo_audits_and_moderations_in_every_status() {
        assertThat(ownWalk("moderator")).as("statuses of the moderator's demo tasks").contains(AuditStatus.NOT_STARTED);
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void an_independent_member_opens_each_of_their_demo_audits() {
        ownWalk("member", false); // the feedback page is not theirs: qualitative audits go to the lead
    }

    @Test
    @WithMockUser(username = "manager", roles = "TEAM_MANAGER")
    void a_team_manager_opens_the_feedback_of_every_demo_audit_shared_with_them() {
        signInAsARealSessionWould();
        for (SharedAudit shared : feedback.sharedWithMe()) {
            opens("audit-feedback", shared.auditId(), "feedback-refused");
        }
    }
}
