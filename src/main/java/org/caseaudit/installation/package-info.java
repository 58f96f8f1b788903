/**
 * Administration of the installation: its partnerships and councils (decision 0014). Creating a council with its first
 * administrator, its teams and integration accounts; offboarding a council (its data exported whole, then deleted
 * whole in one transaction, the deletion recorded in the installation council's audit trail).
 *
 * <p>Who: an administrator ({@code ADMIN}) working in the installation council (council 1,
 * {@code CurrentCouncil.INSTALLATION_COUNCIL}); a council's own administrators manage only their council.
 */
package org.caseaudit.installation;
