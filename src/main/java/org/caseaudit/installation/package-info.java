/**
 * Administration of the installation: its partnerships and councils (decision 0014). Creating a council with its first
 * administrator, its teams and integration accounts; offboarding a council (its data exported whole, then deleted
 * whole in one transaction, the deletion recorded in the installation council's audit trail).
 *
 * <p>Who: an administrator ({@code ADMIN}) working in the installation council (council 1,
 * {@code CurrentCouncil.INSTALLATION_COUNCIL}); a council's own administrators manage only their council.
 *
 * <p>Public API: {@link org.caseaudit.installation.CouncilAdministrationService} and its records; changes are
 * trailed through {@link org.caseaudit.installation.InstallationTrail}. Decisions: {@code docs/decisions/0014}
 * (council administration, offboarding) and {@code docs/decisions/0012} (one schema, a {@code council_id} per row).
 */
package org.caseaudit.installation;
