package org.caseaudit.templates;

import java.time.Instant;
import java.util.List;

/** A stored template version, for lists. {@code source} is STARTUP (loaded from a file) or UPLOAD. */
public record TemplateVersionSummary(
        String templateId,
        int version,
        String title,
        List<String> caseTypes,
        int questionCount,
        String sourceFile,
        String source,
        Instant storedAt,
        String storedBy,
        boolean inUse,
        String sha256) {

    public TemplateVersionSummary {
        caseTypes = List.copyOf(caseTypes);
    }
}
