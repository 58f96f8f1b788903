package org.caseaudit.cases;

/** Rows read and what became of them. In a rejected import nothing is written, so new/updated/unchanged are 0. */
public record ImportCounts(int rowsRead, int created, int updated, int unchanged, int rejected) {

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0);
    }
}
