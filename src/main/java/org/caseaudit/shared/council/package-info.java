/**
 * Which council the current work belongs to, for every module: {@code CurrentCouncil} (an explicit scope, else the
 * signed-in user's chosen council), {@code CouncilScope} (run work "as council N": jobs, the demo loader, API calls
 * made with an integration token) and the Hibernate tenant resolver that scopes every {@code @TenantId} entity. Reads
 * the user and council tables with plain SQL; depends on no module.
 *
 * <p>Decisions: one schema with a {@code council_id} column, not a schema per council
 * ({@code docs/decisions/0012}); the order in which the current council is found, and the statement guard that checks
 * in tests that every native statement names its council ({@code docs/decisions/0013}); the signed-in user's council
 * resolved once per request ({@code docs/decisions/0022}).
 */
package org.caseaudit.shared.council;
