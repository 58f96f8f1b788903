/**
 * Sampling's storage: the entities of cycles, sample records and drawn items with their repositories, the frame
 * snapshot's compact binary formats ({@code FrameSnapshot}), drawn rows and lists in plain JDBC ({@code SampleStore}:
 * Hibernate cannot batch IDENTITY inserts), the stored JSON of designs and allocations, and the frame source over the
 * case register ({@code RegisterFrameSource}, through {@code cases.CaseKeyService}). Used only by the
 * {@code sampling} services.
 *
 * <p>Decisions: a sample is stored as its seed, design, frame snapshot and hash ({@code docs/decisions/0004}); case
 * ids are numbers, frames keep the order of their text ({@code docs/decisions/0021}); every entity is scoped by
 * {@code council_id} ({@code docs/decisions/0012}).
 */
package org.caseaudit.sampling.internal;
