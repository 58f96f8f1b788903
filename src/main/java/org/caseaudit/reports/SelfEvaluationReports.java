package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluation pack (issue 27) of the 12 months ending a chosen month, as a tagged PDF and a workbook: what do
 * we know, how do we know it, what are we doing about it. The full version is for audit leads and administrators; the
 * external version (anonymised, disclosure controlled) for them and for panel viewers and independent members, who
 * get nothing else (refused and recorded). Every generation is recorded in the audit trail.
 */
@Service
public class SelfEvaluationReports {

    static final String TARGET = "self_evaluation";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SelfEvaluationBuilder builder;
    private final PdfRenderer renderer;
    private final ReportIdentity identity;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfEvaluationReports(SelfEvaluationBuilder builder, PdfRenderer renderer, ReportIdentity identity,
                          ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock) {
        this.builder = builder;
        this.renderer = renderer;
        this.identity = identity;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The periods to choose from: the 12 months ending each of the last 24 months, latest first ({@code yyyyMM}). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public List<Period> periods() {
        List<Period> out = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 24; i++) {
            YearMonth end = now.minusMonths(i);
            out.add(new Period(SelfEvaluationBuilder.periodId(end), SelfEvaluationBuilder.periodName(end)));
        }
        return out;
    }

    /** A period of 12 months: {@code id} is its last month as {@code yyyyMM}. */
    public record Period(long id, String name) {
    }

    /** The pack's data as printed (for tests and other renderers). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public SelfEvaluation data(long periodId, boolean anonymised) {
        requireIdentifiedAccess(anonymised, periodId);
        YearMonth end = SelfEvaluationBuilder.endMonth(periodId);
        return identity.read(() -> builder.build(end, anonymised));
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile pdf(long periodId, boolean anonymised) {
        return file(periodId, anonymised, "self-evaluation pack PDF", "pdf", ReportBuilder.PDF,
                renderer::selfEvaluation);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile workbook(long periodId, boolean anonymised) {
        return file(periodId, anonymised, "self-evaluation workbook", "xlsx", XLSX, SelfEvaluationWorkbook::write);
    }

    /** The pack rendered by {@code render} (one record, two renderers), its trail record and its file name. */
    private ReportService.ReportFile file(long periodId, boolean anonymised, String what, String extension,
                                          String mediaType, Function<SelfEvaluation, byte[]> render) {
        SelfEvaluation pack = data(periodId, anonymised);
        byte[] content = render.apply(pack);
        trail.publishEvent(new ReportTrail.ReportGenerated(TARGET, String.valueOf(periodId), what + ", "
                + (anonymised ? "external (anonymised)" : "full") + ", " + pack.subtitle()));
        return new ReportService.ReportFile(fileName(periodId, anonymised, extension), mediaType, content);
    }

    /** "self-evaluation-12-months-to-november-2026-external-07-12-2026.pdf". */
    String fileName(long periodId, boolean anonymised, String extension) {
        YearMonth end = SelfEvaluationBuilder.endMonth(periodId);
        String name = PdfReports.fileName("self-evaluation", WorkbookService.slug("12 months to "
                + end.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + end.getYear()), false, LocalDate.now(clock));
        name = name.substring(0, name.length() - ".pdf".length());
        if (anonymised) {
            name = name.replace("self-evaluation-", "self-evaluation-external-");
        }
        return name + "." + extension;
    }

    private void requireIdentifiedAccess(boolean anonymised, long periodId) {
        if (!anonymised && !currentUser.hasRole(Roles.AUDIT_LEAD) && !currentUser.hasRole(Roles.ADMIN)) {
            trail.publishEvent(new ReportTrail.ReportRefused(TARGET, String.valueOf(periodId),
                    "self-evaluation pack: full version asked for"));
            throw new AccessDeniedException("Panel viewers and independent members receive the external version only");
        }
    }
}
