/**
 * The installation's councils page: create a partnership, or a council with its first administrator; for a chosen
 * council add a team or an integration account, export its data whole, or offboard it by typing its code. Calls
 * {@link org.caseaudit.installation.CouncilAdministrationService} only, which refuses anyone but an administrator
 * working in the installation council; another council's administrator is told where their users and teams are.
 *
 * <p>Decisions: council administration and offboarding ({@code docs/decisions/0014}); a new council starts complete
 * ({@code docs/decisions/0029}).
 */
package org.caseaudit.installation.ui;
