package org.caseaudit.cases;

import java.util.List;

/**
 * The answer of a preview or commit: counts (for a preview, what a commit would do), every problem (up to a cap;
 * {@code problemCount} is the true total), the first rows as they would be stored, and how headers were mapped.
 */
public record ImportResult(
        Long importId,
        ImportStatus status,
        String fileName,
        String sha256,
        String profileName,
        String source,
        ImportCounts counts,
        int problemCount,
        List<ImportProblem> problems,
        List<CaseData> firstRows,
        List<HeaderMatch> headerMatches,
        List<String> newTeams) {

    /** {@code newTeams}: teams no team knows by name or alias, that the import adds ("Add teams not yet known"). */
    public ImportResult {
        newTeams = newTeams == null ? List.of() : List.copyOf(newTeams);
        problems = problems == null ? List.of() : List.copyOf(problems);
        firstRows = firstRows == null ? List.of() : List.copyOf(firstRows);
        headerMatches = headerMatches == null ? List.of() : List.copyOf(headerMatches);
    }

    public ImportResult(Long importId, ImportStatus status, String fileName, String sha256, String profileName,
                        String source, ImportCounts counts, int problemCount, List<ImportProblem> problems,
                        List<CaseData> firstRows, List<HeaderMatch> headerMatches) {
        this(importId, status, fileName, sha256, profileName, source, counts, problemCount, problems, firstRows,
                headerMatches, List.of());
    }

    public boolean ok() {
        return problemCount == 0 && (status == ImportStatus.COMMITTED || status == ImportStatus.PREVIEWED);
    }

    /**
     * How one column heading of the file was understood: the field it fills (null = not stored) and how the match was
     * made: {@code profile} (exact, after normalising case/spaces/punctuation), {@code similar} (close spelling), or
     * {@code ignored}.
     */
    public record HeaderMatch(String column, CaseField field, String how) {
    }
}
