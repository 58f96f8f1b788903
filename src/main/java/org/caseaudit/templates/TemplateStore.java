package org.caseaudit.templates;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.templates.TemplateParser.ParsedTemplate;
import org.caseaudit.templates.internal.TemplateEntity;
import org.caseaudit.templates.internal.TemplateRepository;
import org.caseaudit.templates.internal.TemplateVersionEntity;
import org.caseaudit.templates.internal.TemplateVersionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storage of template versions, without access checks: {@link TemplateService} is the secured entry point and the
 * start-up loader the only other caller. Enforces the version rule: a stored version never changes.
 */
@Component
class TemplateStore {

    static final String TARGET_TYPE = "TemplateVersion";

    enum Outcome { STORED, ALREADY_STORED }

    record StoreResult(Outcome outcome, TemplateVersionSummary version) {
    }

    private final TemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final ApplicationEventPublisher auditTrail;
    private final Clock clock;
    private final EntityManager entityManager;

    TemplateStore(TemplateRepository templates, TemplateVersionRepository versions,
            ApplicationEventPublisher auditTrail, Clock clock, EntityManager entityManager) {
        this.templates = templates;
        this.versions = versions;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Stores a new version; an identical stored version is left alone. A stored version with different content is
     * refused with a problem on the file's version line. Checks everything before writing anything, so a refusal
     * need not roll back the caller's transaction (which records the refusal in the audit trail).
     */
    @Transactional(noRollbackFor = TemplateValidationException.class)
    StoreResult store(ParsedTemplate parsed, String source, String storedBy) {
        TemplateDefinition t = parsed.definition();
        String json = TemplateJson.canonical(t);
        String sha256 = TemplateJson.sha256(json);
        Optional<TemplateVersionEntity> existing = versions.find(t.id(), t.version());
        if (existing.isPresent()) {
            TemplateVersionEntity stored = existing.get();
            if (stored.getSha256().equals(sha256)) {
                return new StoreResult(Outcome.ALREADY_STORED, summary(stored));
            }
            throw new TemplateValidationException(new TemplateProblem(parsed.file(), parsed.versionLine(), "version",
                    "version " + t.version() + " of template '" + t.id() + "' is already stored (from "
                            + stored.getSourceFile() + ") with different content, and a stored version never changes; "
                            + "give the changed file a new version number (the next free one is "
                            + nextFreeVersion(t.id()) + ")"));
        }
        TemplateEntity template = templates.findByTemplateKey(t.id())
                .orElseGet(() -> templates.save(new TemplateEntity(t.id(), clock.instant())));
        var version = new TemplateVersionEntity(template, t.version(), t.title(), String.join(",", t.caseTypes()),
                json, sha256, parsed.file(), source, clock.instant(), storedBy);
        for (SectionDefinition section : t.sections()) {
            for (QuestionDefinition q : section.questions()) {
                version.addQuestion(q.id(), section.id(), q.text(), q.scale().name(), q.keyMeasure(),
                        q.derivation() == null ? null : q.derivation().name(), q.theme());
            }
        }
        TemplateVersionSummary stored = summary(versions.save(version));
        auditTrail.publishEvent(new TemplateTrail.VersionStored(t.id(), t.version(), source, parsed.file(), sha256));
        return new StoreResult(Outcome.STORED, stored);
    }

    int nextFreeVersion(String templateId) {
        return versions.findByTemplateNewestFirst(templateId).stream()
                .mapToInt(TemplateVersionEntity::getVersionNumber).max().orElse(0) + 1;
    }

    @Transactional(readOnly = true)
    List<TemplateVersionSummary> summaries() {
        return versions.findAllNewestFirst().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    List<TemplateVersionSummary> summaries(String templateId) {
        return versions.findByTemplateNewestFirst(templateId).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    Optional<TemplateDefinition> definition(String templateId, int version) {
        return versions.find(templateId, version).map(v -> TemplateJson.read(v.getContentJson()));
    }

    /** Returns true when this call marked it, false when it was already in use. */
    @Transactional
    boolean markUsed(String templateId, int version) {
        // asked at every audit's start: the flag alone, not the version's content, until it is first marked
        if (versions.inUse(templateId, version).orElseThrow(() -> new TemplateNotFoundException(templateId,
                version))) {
            return false;
        }
        TemplateVersionEntity entity = entity(templateId, version);
        if (entity.isInUse()) {
            return false;
        }
        boolean marked = versions.markUsed(entity.getId(), clock.instant()) == 1;
        entityManager.refresh(entity);
        return marked;
    }

    @Transactional
    void delete(String templateId, int version) {
        TemplateVersionEntity entity = entity(templateId, version);
        if (entity.isInUse()) {
            throw new TemplateInUseException(templateId, version);
        }
        TemplateEntity template = entity.getTemplate();
        versions.delete(entity);
        versions.flush();
        if (versions.countByTemplate(template) == 0) {
            templates.delete(template);
        }
    }

    private TemplateVersionEntity entity(String templateId, int version) {
        return versions.find(templateId, version).orElseThrow(() -> new TemplateNotFoundException(templateId, version));
    }

    private TemplateVersionSummary summary(TemplateVersionEntity v) {
        List<String> caseTypes = v.getCaseTypes().isEmpty() ? List.of() : Arrays.asList(v.getCaseTypes().split(","));
        return new TemplateVersionSummary(v.getTemplate().getTemplateKey(), v.getVersionNumber(), v.getTitle(),
                caseTypes, v.getQuestions().size(), v.getSourceFile(), v.getSource(), v.getStoredAt(), v.getStoredBy(),
                v.isInUse(), v.getSha256());
    }
}
