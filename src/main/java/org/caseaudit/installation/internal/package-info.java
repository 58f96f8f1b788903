/**
 * Start-up work of the installation: the installation council's creation time from the application's clock on the
 * first start ({@code InstallationCouncilStamp}), and the demo partnership with its second council, Southvale, and its
 * people ({@code PartnershipDemoData}). Depends on {@code security} (users) and {@code shared}.
 *
 * <p>Decisions: Southvale in the demo data ({@code docs/decisions/0024}); a council's times come from the injected
 * clock ({@code docs/decisions/0009}, {@code docs/decisions/0029}).
 */
package org.caseaudit.installation.internal;
