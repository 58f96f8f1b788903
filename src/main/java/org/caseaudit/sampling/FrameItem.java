package org.caseaudit.sampling;

import java.util.Objects;

/**
 * One unit of a sampling frame: the case id (its identity for sorting, hashing and drawing), the case reference
 * people read, and the stratum (the team) used by stratified designs.
 */
public record FrameItem(String id, String reference, String stratum) {

    public FrameItem {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A frame item needs an id");
        }
        reference = reference == null || reference.isBlank() ? id : reference;
        stratum = stratum == null || stratum.isBlank() ? Frame.NO_STRATUM : stratum.strip();
    }

    public static FrameItem of(String id, String stratum) {
        return new FrameItem(id, id, stratum);
    }
}
