package org.caseaudit.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.caseaudit.cases.internal.CaseImportEntity;
import org.caseaudit.cases.internal.CaseImportRepository;
import org.caseaudit.cases.internal.ImportEngine;
import org.caseaudit.cases.internal.MappingProfileEntity;
import org.caseaudit.cases.internal.MappingProfileRepository;
import org.caseaudit.security.AuditTrail;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports case exports: preview (writes nothing), commit (all or nothing), in the caller's thread or in the
 * background with progress and cancel. Every import and preview is audit-trailed; committed, rejected and
 * cancelled imports are also recorded in {@code case_import}. The import methods are deliberately not
 * {@code @Transactional}: the engine owns its transaction so that a rejected import can still be recorded.
 */
@Service
public class CaseImportService {

    /** Authority of integration accounts (bearer tokens) used by the council's scheduled jobs. */
    public static final String INTEGRATION_ROLE = "INTEGRATION";

    private final ImportEngine engine;
    private final MappingProfileRepository profiles;
    private final CaseImportRepository imports;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Executor executor;
    private final CurrentCouncil currentCouncil;

    public CaseImportService(ImportEngine engine, MappingProfileRepository profiles, CaseImportRepository imports,
                             AuditTrail auditTrail, CurrentUser currentUser,
                             @Qualifier("caseImportExecutor") Executor executor, CurrentCouncil currentCouncil) {
        this.currentCouncil = currentCouncil;
        this.engine = engine;
        this.profiles = profiles;
        this.imports = imports;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.executor = executor;
    }

    /** The upload size limit ({@code caseaudit.import.max-bytes}): a setting, for any signed-in caller. */
    @PermitAll
    public long maxBytes() {
        return engine.properties().maxBytes().toBytes();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public ImportResult preview(StagedFile file, String profileName, ImportOptions options) {
        return run(file, profile(profileName), options, false, "UI", new ImportControl());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public ImportResult commit(StagedFile file, String profileName, ImportOptions options) {
        return run(file, profile(profileName), options, true, "UI", new ImportControl());
    }

    /** Same checks and commit as the UI, for the council's scheduled jobs. */
    @RolesAllowed(INTEGRATION_ROLE)
    public ImportResult importForIntegration(StagedFile file, String profileName, ImportOptions options, boolean commit) {
        return run(file, profile(profileName), options, commit, "API", new ImportControl());
    }

    /**
     * Runs a preview or commit in the background with the caller's identity. The caller keeps {@code file} (so a
     * preview and the following commit read the same upload) and closes it once the result has arrived.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public RunningImport start(StagedFile file, String profileName, ImportOptions options, boolean commit) {
        MappingProfile profile = profile(profileName);
        ImportControl control = new ImportControl();
        CompletableFuture<ImportResult> result = new CompletableFuture<>();
        // the worker thread has no session: it runs as the council the user works in now
        long councilId = currentCouncil.id();
        Runnable task = () -> CouncilScope.run(councilId, () -> {
            try {
                result.complete(run(file, profile, options, commit, "UI", control));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        return new RunningImport(control, result);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<ImportRecord> recentImports() {
        return imports.findTop50ByOrderByIdDesc().stream().map(CaseImportEntity::toRecord).toList();
    }

    private MappingProfile profile(String name) {
        return profiles.findByNameIgnoreCase(name == null ? "" : name.trim()).map(MappingProfileEntity::toRecord)
                .orElseThrow(() -> new IllegalArgumentException("Unknown mapping profile '" + name + "'."));
    }

    private ImportResult run(StagedFile file, MappingProfile profile, ImportOptions options, boolean commit,
                             String channel, ImportControl control) {
        ImportResult r = engine.run(new ImportEngine.Job(file.path(), file.originalName(), profile,
                options == null ? ImportOptions.defaults() : options, commit, currentUser.usernameOrSystem(), channel,
                control, currentCouncil.id()));
        ImportCounts c = r.counts();
        auditTrail.record("CASE_IMPORT_" + r.status().name(), "case-import",
                r.importId() == null ? "-" : String.valueOf(r.importId()),
                "file=" + r.fileName() + "; sha256=" + r.sha256() + "; profile=" + r.profileName() + "; source="
                        + r.source() + "; channel=" + channel + "; rows=" + c.rowsRead() + "; new=" + c.created()
                        + "; updated=" + c.updated() + "; unchanged=" + c.unchanged() + "; rejected=" + c.rejected()
                        + "; problems=" + r.problemCount());
        return r;
    }
}
