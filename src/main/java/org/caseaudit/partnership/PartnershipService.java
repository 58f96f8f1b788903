package org.caseaudit.partnership;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.PooledCompliance;
import org.caseaudit.sampling.CyclePeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The partnership's cross-council figures. The signed-in user's partnership is the partnership of their council;
 * every figure is read inside one council's scope ({@link CouncilScope}) with the audit lead's aggregate rights
 * ({@link RunAs}, the username staying the caller's), only for councils of that partnership, and leaves this service
 * only as a {@link Comparison} (disclosure control applied). No method returns a case, an audit or a per-case row.
 * <p>
 * Not transactional on purpose: a Hibernate session takes its council when it opens, so each council's figures are
 * read in a transaction of their own, opened inside that council's scope.
 */
@Service
public class PartnershipService {

    static final String TARGET = "partnership";

    private final JdbcTemplate jdbc;
    private final FindingsService findings;
    private final TemplateService templates;
    private final DisclosureSettings disclosure;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final ComparisonPackRenderer pack;
    private final Clock clock;

    PartnershipService(JdbcTemplate jdbc, FindingsService findings, TemplateService templates,
            DisclosureSettings disclosure, ApplicationEventPublisher trail, CurrentUser currentUser,
            ComparisonPackRenderer pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
        this.jdbc = jdbc;
        this.findings = findings;
        this.templates = templates;
        this.disclosure = disclosure;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    /** The signed-in user's partnership and its councils; empty when their council is in no partnership. */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public Optional<PartnershipSummary> partnership() {
        List<Long> ids = partnershipIds();
        if (ids.size() != 1) {
            return Optional.empty();
        }
        long id = ids.getFirst();
        return Optional.of(new PartnershipSummary(id, name(id), councils(id).stream().map(Council::name).toList()));
    }

    /**
     * The stored checklist versions with compliance questions: first those most councils of the partnership have a
     * cycle with (so the page opens on a version the councils share), then the others (a council with no such cycle
     * shows 0 audited).
     */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public List<MeasureChoice> measures() {
        String me = currentUser.usernameOrSystem();
        java.util.Map<String, Integer> councilsUsing = new java.util.HashMap<>();
        for (Council c : councils(partnershipId())) {
            List<CyclePeriod> periods = CouncilScope.call(c.id(), () -> RunAs.as(me, findings::cycles,
                    Roles.AUDIT_LEAD));
            java.util.Set<String> mine = new java.util.HashSet<>();
            for (CyclePeriod p : periods) {
                if (p.templateId() != null && p.templateVersion() != null) {
                    mine.add(p.templateId() + "\u0000" + p.templateVersion());
                }
            }
            mine.forEach(k -> councilsUsing.merge(k, 1, Integer::sum));
        }
        List<MeasureChoice> out = new ArrayList<>();
        for (TemplateVersionSummary v : RunAs.as(me, templates::versions, Roles.AUDIT_LEAD)) {
            RunAs.as(me, () -> templates.find(v.templateId(), v.version()), Roles.AUDIT_LEAD).ifPresent(t -> {
                List<MeasureChoice.Question> questions = questions(t);
                if (!questions.isEmpty()) {
                    out.add(new MeasureChoice(t.id(), t.version(), t.title(),
                            councilsUsing.containsKey(t.id() + "\u0000" + t.version()), questions));
                }
            });
        }
        out.sort(Comparator.comparing((MeasureChoice m) -> councilsUsing.getOrDefault(m.templateId() + "\u0000"
                        + m.templateVersion(), 0), Comparator.reverseOrder())
                .thenComparing(MeasureChoice::templateId)
                .thenComparing(MeasureChoice::templateVersion, Comparator.reverseOrder()));
        return out;
    }

    /**
     * One measure across the partnership's councils over cycles whose period starts from {@code from} to {@code to}:
     * each council's n, share and interval through disclosure control, and the funnel plot. Audit-trailed.
     */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public Comparison compare(String templateId, int templateVersion, String questionId, LocalDate from,
            LocalDate to) {
        Comparison c = build(templateId, templateVersion, questionId, from, to);
        trail.publishEvent(new PartnershipTrail.ComparisonViewed(partnershipId(),
                measure(templateId, templateVersion, questionId, from, to), c.rows().size()));
        return c;
    }

    /** The comparison as a workbook (the pack). Audit-trailed as a report generated. */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public byte[] workbook(String templateId, int templateVersion, String questionId, LocalDate from, LocalDate to) {
        Comparison c = build(templateId, templateVersion, questionId, from, to);
        long id = partnershipId();
        byte[] bytes = ComparisonWorkbook.write(name(id), c);
        trail.publishEvent(new PartnershipTrail.ComparisonWorkbookGenerated(id,
                measure(templateId, templateVersion, questionId, from, to)));
        return bytes;
    }

    /**
     * The comparison pack as a tagged PDF: the same figures as the page, through disclosure control, no case.
     * Audit-trailed as a report generated.
     */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public byte[] pack(String templateId, int templateVersion, String questionId, LocalDate from, LocalDate to) {
        return renderPack(templateId, templateVersion, questionId, from, to, "PDF", pack::pdf);
    }

    /** The comparison pack as its accessible HTML twin of {@link #pack}: the same figures, trailed the same way. */
    @RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
    public byte[] packHtml(String templateId, int templateVersion, String questionId, LocalDate from, LocalDate to) {
        return renderPack(templateId, templateVersion, questionId, from, to, "HTML", pack::html);
    }

    /** One format of the comparison pack ({@link ComparisonPackRenderer#pdf} or its HTML twin). */
    private interface PackFormat {
        byte[] render(String partnership, Comparison comparison, String produced);
    }

    private byte[] renderPack(String templateId, int templateVersion, String questionId, LocalDate from,
            LocalDate to, String format, PackFormat renderer) {
        Comparison c = build(templateId, templateVersion, questionId, from, to);
        long id = partnershipId();
        String produced = "Produced " + Formats.dateTime(clock.instant()) + " by "
                + currentUser.usernameOrSystem();
        byte[] bytes = renderer.render(name(id), c, produced);
        trail.publishEvent(new PartnershipTrail.ComparisonPackGenerated(id,
                measure(templateId, templateVersion, questionId, from, to), format));
        return bytes;
    }

    private Comparison build(String templateId, int templateVersion, String questionId, LocalDate from,
            LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Choose a period whose end is on or after its start");
        }
        String me = currentUser.usernameOrSystem();
        TemplateDefinition t = RunAs.as(me, () -> templates.find(templateId, templateVersion), Roles.AUDIT_LEAD)
                .orElseThrow(() -> new IllegalArgumentException("No template " + templateId + " version "
                        + templateVersion));
        String measure = t.question(questionId).filter(q -> q.scale() != null && q.scale().isCompliance())
                .orElseThrow(() -> new IllegalArgumentException("Template " + templateId + " version "
                        + templateVersion + " has no compliance question " + questionId)).text();
        List<CouncilFigures> figures = new ArrayList<>();
        for (Council c : councils(partnershipId())) {
            PooledCompliance p = CouncilScope.call(c.id(), () -> RunAs.as(me, () -> findings.pooled(templateId,
                    templateVersion, questionId, from, to), Roles.AUDIT_LEAD));
            figures.add(new CouncilFigures(c.id(), c.name(), p.cycles(), p.compliant(), p.audited()));
        }
        return Comparison.of(templateId, templateVersion, questionId, measure, from, to, figures,
                disclosure.policy());
    }

    private String name(long partnershipId) {
        return jdbc.queryForObject("SELECT name FROM partnership WHERE id = ?", String.class, partnershipId);
    }

    /** How the audit trail names a comparison: "template v1 question, from to to". */
    private static String measure(String templateId, int templateVersion, String questionId, LocalDate from,
            LocalDate to) {
        return templateId + " v" + templateVersion + " " + questionId + ", " + from + " to " + to;
    }

    private static List<MeasureChoice.Question> questions(TemplateDefinition t) {
        return t.questions().filter(q -> q.scale() != null && q.scale().isCompliance())
                .map(q -> new MeasureChoice.Question(q.id(), q.text(), q.keyMeasure())).toList();
    }

    private record Council(long id, String name) {
    }

    /** The partnership of the signed-in user's council(s); refused when they have none or several. */
    private long partnershipId() {
        String me = currentUser.required();
        List<Long> ids = partnershipIds();
        if (ids.size() != 1) {
            throw new AccessDeniedException(ids.isEmpty() ? "User " + me + " belongs to no partnership"
                    : "User " + me + " belongs to several partnerships");
        }
        return ids.getFirst();
    }

    private List<Long> partnershipIds() {
        String me = currentUser.required();
        return jdbc.queryForList("SELECT DISTINCT c.partnership_id FROM app_user_council m"
                + " JOIN app_user u ON u.id = m.user_id JOIN council c ON c.id = m.council_id"
                + " WHERE u.username = ? AND c.partnership_id IS NOT NULL AND c.offboarded_at IS NULL", Long.class, me);
    }

    private List<Council> councils(long partnershipId) {
        return jdbc.query("SELECT id, name FROM council WHERE partnership_id = ? AND offboarded_at IS NULL"
                + " ORDER BY name, id", (rs, i) -> new Council(rs.getLong(1), rs.getString(2)), partnershipId);
    }
}
