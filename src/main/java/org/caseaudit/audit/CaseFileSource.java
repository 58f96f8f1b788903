package org.caseaudit.audit;

import java.util.Optional;

/**
 * Where the audit module reads a case's facts from (the case register). Implementations record the opening in the
 * audit trail where the register does so itself; the audit module records its own "case facts opened" entry too.
 */
public interface CaseFileSource {

    Optional<CaseFile> open(long caseId);

    /**
     * Only the named fields of a case (record component names of {@link CaseFile}), never names: for an independent
     * member's qualitative audit.
     */
    Optional<CaseFile> openMinimal(long caseId, java.util.Set<String> fields);

    /**
     * The cases whose reference is {@code reference} (case ignored), without opening their facts: none, one, or
     * more where two sources of the register share a reference.
     */
    java.util.List<CaseRef> findByReference(String reference);

    /** A case's register id and its reference as the register writes it. */
    record CaseRef(long id, String reference) {
    }
}
