/**
 * Councils: the unit of data separation in one installation (issue 25). Public API: {@link
 * org.caseaudit.councils.Council}, {@link org.caseaudit.councils.CouncilService} (the signed-in user's councils, the
 * choice at sign-in). The scoping itself lives in {@code shared.council} because every module needs it: {@code
 * CurrentCouncil} (which council the current work belongs to), {@code CouncilScope} (run "as council N") and the
 * Hibernate tenant resolver behind every {@code @TenantId} entity.
 *
 * <p>Decisions: a discriminator column {@code council_id}, not a schema per council ({@code docs/decisions/0012});
 * the current council comes from the signed-in session, and every native statement names its {@code council_id}
 * (checked in tests by a statement guard, {@code docs/decisions/0013}); partnerships and council administration
 * ({@code docs/decisions/0014}) are the {@code partnership} and {@code installation} modules.
 */
package org.caseaudit.councils;
