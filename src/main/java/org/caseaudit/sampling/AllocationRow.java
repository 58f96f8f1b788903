package org.caseaudit.sampling;

import java.math.BigDecimal;

/** One line of a stratified allocation table: the exact quota (before rounding) and the cases allocated. */
public record AllocationRow(String stratum, int population, BigDecimal quota, int sample, int reserves) {
}
