/**
 * The audit-cycle page: the list of cycles, the create and edit dialog (fields bound by a {@code Binder} to the
 * {@link org.caseaudit.sampling.ui.CycleForm} record, never an entity, with the frame's size and sample-size advice)
 * and the sample panel (draw, verify, exclude with a reason, assign). Calls the {@code sampling} services and reads
 * template versions from {@code templates}.
 *
 * <p>Decisions: a drawn sample is stored so it can be drawn again and verified ({@code docs/decisions/0004}); once
 * assigned it is locked, and an exclusion is replaced by the next reserve (the module's page).
 */
package org.caseaudit.sampling.ui;
