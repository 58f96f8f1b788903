package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateNotFoundException;
import org.caseaudit.templates.TemplateService;
import org.springframework.stereotype.Service;

/** Produces report files; every generation is recorded in the audit trail. */
@Service
public class ReportService {

    /** A produced file, ready to download. */
    public record ReportFile(String fileName, String contentType, byte[] content) {
    }

    private final TemplateService templates;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher auditTrail;
    private final Clock clock;

    ReportService(TemplateService templates, PdfRenderer pdf, ApplicationEventPublisher auditTrail, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A blank, printable checklist of one template version (no case data: marked OFFICIAL). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    public ReportFile blankChecklist(String templateId, int version) {
        TemplateDefinition template = templates.find(templateId, version)
                .orElseThrow(() -> new TemplateNotFoundException(templateId, version));
        String title = template.title();
        byte[] content = pdf.render("template-checklist", Map.of(
                        "TITLE", title,
                        "SUBTITLE", "Template " + template.id() + ", version " + template.version()
                                + (template.caseTypes().isEmpty() ? "" : " · for " + String.join(", ",
                                template.caseTypes())),
                        "PURPOSE", template.purpose() == null ? "" : template.purpose(),
                        "MARKING", "OFFICIAL",
                        "GENERATED", "Printed " + Formats.dateTime(clock.instant()) + " from the Case Audit Workbench"),
                RecordDataSource.of(ChecklistRows.of(template)), title);
        auditTrail.publishEvent(new ReportTrail.ReportGenerated("template", templateId + " v" + version,
                "blank checklist PDF"));
        return new ReportFile(templateId + "-v" + version + "-checklist.pdf", "application/pdf", content);
    }
}
