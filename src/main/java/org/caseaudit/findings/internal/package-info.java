/**
 * The action plan's storage and demo data: the entities of actions, progress notes and delivery groups with their
 * repositories, and the demo action plan made through {@code ActionPlanService} from the demo year's themes. Used only
 * by the {@code findings} services; the demo data reads cycles and themes through {@code sampling} and {@code audit}.
 *
 * <p>Decisions: actions and delivery groups use optimistic locking ({@code version}); progress notes are append-only;
 * overdue and RAG are computed, never stored ({@code ActionRules}); every entity is scoped by {@code council_id}
 * ({@code docs/decisions/0012}).
 */
package org.caseaudit.findings.internal;
