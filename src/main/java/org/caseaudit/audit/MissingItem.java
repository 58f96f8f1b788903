package org.caseaudit.audit;

/** Something that stops a submission; {@code questionId} is null for the overall grade. */
public record MissingItem(String questionId, String description) {
}
