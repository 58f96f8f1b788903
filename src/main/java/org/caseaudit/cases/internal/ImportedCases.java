package org.caseaudit.cases.internal;

/**
 * Told, inside a committing import's transaction, that the import wrote its cases (the rows whose
 * {@code last_import_id} is the import's id): the stored timescale statuses are refreshed there, so they commit or
 * roll back with the cases (decision 0015).
 */
public interface ImportedCases {

    void written(long importId);
}
