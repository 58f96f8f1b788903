package org.caseaudit.templates;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What the template library tells the audit trail: one record per kind of event. */
public final class TemplateTrail {

    private static final String VERSION = TemplateStore.TARGET_TYPE;

    private TemplateTrail() {
    }

    public record VersionStored(String templateId, int version, String source, String file, String sha256)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TEMPLATE_VERSION_STORED", VERSION, templateId + " v" + version, source + " " + file
                    + " sha256=" + sha256);
        }
    }

    public record UploadUnchanged(String templateId, int version, String baseName) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TEMPLATE_UPLOAD_UNCHANGED", VERSION, templateId + " v" + version, baseName
                    + " is identical to the stored version");
        }
    }

    public record UploadRefused(String baseName, int problems, Object firstProblem) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TEMPLATE_UPLOAD_REFUSED", VERSION, baseName, problems + " problem(s); first: "
                    + firstProblem);
        }
    }

    public record VersionFirstUsed(String templateId, int version) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TEMPLATE_VERSION_USED", VERSION, templateId + " v" + version,
                    "first used by an audit");
        }
    }

    public record VersionDeleted(String templateId, int version) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("TEMPLATE_VERSION_DELETED", VERSION, templateId + " v" + version, "");
        }
    }
}
