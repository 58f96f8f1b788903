package org.caseaudit.cases;

import org.caseaudit.security.AuditTrail.Outcome;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/**
 * What the case register tells the audit trail: one record per kind of event, each knowing its stored code and detail.
 */
public final class CaseTrail {

    private static final String TOKEN = "integration-account";
    private static final String PROFILE = "mapping-profile";

    private CaseTrail() {
    }

    /**
     * One case's facts were shown: the one row for every view of a case, whether from the register or by opening an
     * audit of it ({@code auditId}, else null). {@code note} says what was shown when not everything was.
     */
    public record CaseViewed(long caseId, String source, String caseReference, Long auditId, String note)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CASE_FACTS_VIEWED", "case", caseId, source + "/" + caseReference
                    + (auditId == null ? "" : " via audit " + auditId) + (note == null ? "" : note));
        }
    }

    public record RegisterExported(CaseRegisterService.ExportFormat format, long cases,
            String filter) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("CASE_REGISTER_EXPORTED", "case-register", format.name(), cases + " cases; " + filter);
        }
    }

    /** An import run (a check or a commit), named by its status. */
    public record ImportRun(ImportResult result, String channel) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            ImportCounts c = result.counts();
            return TrailEntry.of("CASE_IMPORT_" + result.status().name(), "case-import",
                    result.importId() == null ? "-" : String.valueOf(result.importId()),
                    "file=" + result.fileName() + "; sha256=" + result.sha256() + "; profile=" + result.profileName()
                            + "; source=" + result.source() + "; channel=" + channel + "; rows=" + c.rowsRead()
                            + "; new=" + c.created() + "; updated=" + c.updated() + "; unchanged=" + c.unchanged()
                            + "; rejected=" + c.rejected() + "; problems=" + result.problemCount());
        }
    }

    public record MappingProfileSaved(long profileId, String name, boolean created) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of(created ? "MAPPING_PROFILE_CREATED" : "MAPPING_PROFILE_UPDATED", PROFILE,
                    profileId, name);
        }
    }

    public record MappingProfileDeleted(long profileId, String name) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("MAPPING_PROFILE_DELETED", PROFILE, profileId, name);
        }
    }

    public record TokenCreated(long accountId, String name, String scopes, java.time.LocalDate expiresOn)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("INTEGRATION_TOKEN_CREATED", TOKEN, accountId, name + " (" + scopes + ", expires "
                    + expiresOn + ")");
        }
    }

    public record TokenRevoked(long accountId, String name) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("INTEGRATION_TOKEN_REVOKED", TOKEN, accountId, name);
        }
    }

    /** A request with a bearer token no account holds. */
    public record TokenRejected(String uri, String remoteAddress) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("API_TOKEN_REJECTED", "api", uri, null).by("anonymous").from(remoteAddress)
                    .withOutcome(Outcome.DENIED);
        }
    }
}
