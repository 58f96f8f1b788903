package org.caseaudit.sampling;

/**
 * One unit of a sampling frame: the register's case id (its identity for sorting, hashing and drawing), the case
 * reference people read, and the stratum (the team) used by stratified designs.
 */
public record FrameItem(long id, String reference, String stratum) {

    public FrameItem {
        if (id < 0 || id > Frame.MAX_NUMERIC_ID) {
            throw new IllegalArgumentException("Case id " + id + " cannot be a frame id (0 to " + Frame.MAX_NUMERIC_ID
                    + ")");
        }
        reference = reference == null || reference.isBlank() ? Long.toString(id) : reference;
        stratum = stratum == null || stratum.isBlank() ? Frame.NO_STRATUM : stratum.strip();
    }

    public static FrameItem of(long id, String stratum) {
        return new FrameItem(id, null, stratum);
    }
}
