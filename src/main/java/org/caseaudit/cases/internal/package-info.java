/**
 * The import engine and the register's storage: file sniffing, streaming CSV and XLSX readers, header matching, row
 * mapping and validation ({@code RowMapper}), batched JDBC upserts ({@code CaseWriter}) inside one transaction
 * ({@code ImportEngine}), the JPA entities and repositories of cases, imports, mapping profiles and integration
 * tokens, and the demo register. Used only by the {@code cases} services; depends on {@code shared} and
 * {@code security}.
 *
 * <p>Decisions: an import is all or nothing and the import itself is always recorded (the module's page); the stored
 * timescale statuses are written inside the import's transaction through {@code ImportedCases}
 * ({@code docs/decisions/0015}, {@code docs/decisions/0028}); every entity carries its {@code council_id}
 * ({@code docs/decisions/0012}); Southvale's register is part of the demo data ({@code docs/decisions/0024}). Text is
 * stored as text: no cell is ever evaluated.
 */
package org.caseaudit.cases.internal;
