/**
 * The audit module's storage and background work: the entities of audits, answers, agreed answers, shares and replies
 * ({@code CaseAuditEntity} guards its own transitions), the plain-JDBC answer store ({@code AnswerStore}), the nightly
 * case-data retention ({@code CaseDataRetentionRunner}), and the demo year of audited and moderated cycles made
 * through the services. Used only by the {@code audit} services; the demo data also calls {@code sampling}.
 *
 * <p>Decisions: answer history by MariaDB system versioning ({@code docs/decisions/0002}); the save is one read and
 * one UPDATE ({@code docs/decisions/0003}); case data deleted or anonymised after its retention period, through
 * definer-rights procedures, once across nodes ({@code docs/decisions/0010}, {@code docs/decisions/0008}); every
 * entity scoped by {@code council_id} ({@code docs/decisions/0012}); the practice demo cycle as in
 * {@code docs/decisions/0017}.
 */
package org.caseaudit.audit.internal;
