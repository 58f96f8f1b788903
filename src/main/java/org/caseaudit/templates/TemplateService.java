package org.caseaudit.templates;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.TemplateStore.Outcome;
import org.caseaudit.templates.TemplateStore.StoreResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates: the versions stored, one version as auditors see it, what changed between two, uploads of new
 * versions (administrators) and the "in use" mark the audit module sets when an audit starts on a version.
 */
@Service
public class TemplateService {

    static final String TARGET_TYPE = TemplateStore.TARGET_TYPE;

    /** The largest template file accepted. */
    public static final int MAX_FILE_BYTES = TemplateParser.MAX_FILE_BYTES;

    private final TemplateStore store;
    private final TemplateParser parser;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;

    TemplateService(TemplateStore store, TemplateParser parser, ApplicationEventPublisher auditTrail,
            CurrentUser currentUser) {
        this.store = store;
        this.parser = parser;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** The outcome of an upload: the version, and whether it was new or already stored with identical content. */
    public record UploadResult(TemplateVersionSummary version, boolean alreadyStored) {
    }

    /** Every stored version, by template id and newest version first. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<TemplateVersionSummary> versions() {
        return store.summaries();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<TemplateVersionSummary> versions(String templateId) {
        return store.summaries(templateId);
    }

    /** One version; panel viewers too, since findings and dashboards they see name the questions (no case data). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER,
            Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public Optional<TemplateDefinition> find(String templateId, int version) {
        return store.definition(templateId, version);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public TemplateComparison compare(String templateId, int fromVersion, int toVersion) {
        TemplateDefinition from = store.definition(templateId, fromVersion)
                .orElseThrow(() -> new TemplateNotFoundException(templateId, fromVersion));
        TemplateDefinition to = store.definition(templateId, toVersion)
                .orElseThrow(() -> new TemplateNotFoundException(templateId, toVersion));
        return TemplateComparison.between(from, to);
    }

    /**
     * Validates and stores an uploaded template file. An invalid file, or a changed file with a stored version number,
     * throws {@link TemplateValidationException} naming file, line and field, and stores nothing but the audit-trail
     * entry of the refusal.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(noRollbackFor = TemplateValidationException.class)
    public UploadResult upload(String fileName, byte[] content) {
        try {
            StoreResult result = store.store(parser.parseFile(fileName, content), "UPLOAD",
                    currentUser.usernameOrSystem());
            TemplateVersionSummary v = result.version();
            boolean alreadyStored = result.outcome() == Outcome.ALREADY_STORED;
            if (alreadyStored) {
                auditTrail.publishEvent(new TemplateTrail.UploadUnchanged(v.templateId(), v.version(),
                        TemplateParser.baseNameOf(fileName)));
            }
            return new UploadResult(v, alreadyStored);
        } catch (TemplateValidationException e) {
            auditTrail.publishEvent(new TemplateTrail.UploadRefused(TemplateParser.baseNameOf(fileName),
                    e.problems().size(), e.problems().getFirst()));
            throw e;
        }
    }

    /**
     * Marks a version as used by an audit; from then on it can never be deleted. Called by the audit module when an
     * audit starts on the version; calling it again does nothing.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public void markUsed(String templateId, int version) {
        if (store.markUsed(templateId, version)) {
            auditTrail.publishEvent(new TemplateTrail.VersionFirstUsed(templateId, version));
        }
    }

    /** Deletes a version no audit has used; throws {@link TemplateInUseException} for a used one. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(String templateId, int version) {
        store.delete(templateId, version);
        auditTrail.publishEvent(new TemplateTrail.VersionDeleted(templateId, version));
    }
}
