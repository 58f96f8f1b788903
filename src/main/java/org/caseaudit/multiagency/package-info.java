/**
 * Multi-agency case audits (issue 26): a safeguarding partnership's themed audit of a few children in which police,
 * health, education and children's social care each complete a return from their own records, and a joint panel then
 * grades the partnership's work per domain, sends immediate concerns to an agency and reports to the board.
 *
 * <p>Public API: {@link org.caseaudit.multiagency.AgencyService} (agencies and their members),
 * {@link org.caseaudit.multiagency.MultiAgencyService} (audits, returns, panel, concerns, board report data) and their
 * records. Decisions, stated once (the reasons in {@code docs/decisions/0016}):
 * <ul>
 * <li>The cohort of children is a recorded sample (seed, frame, draw) like a cycle's; an agency's isolation is
 * enforced in the service, not the screen; concerns become actions in the one action plan.</li>
 * <li>An agency's members sign in with the {@code AGENCY_COORDINATOR} role and belong to one agency. They see only the
 * audits their agency takes part in; until the panel stage only their own agency's returns; never a case's facts.</li>
 * <li>Agencies receive the minimum: the child's reference, and the date of birth only where the partnership's
 * information-sharing agreement allows it ({@code caseaudit.multi-agency.share-date-of-birth}, default false).</li>
 * <li>Returns use the YAML templates in {@code audit-templates/multi-agency/}: the common core plus one per agency
 * type, validated like every checklist ({@link org.caseaudit.templates.TemplateValidator}).</li>
 * <li>Every opening of an audit, a return or a child at the panel, and every change, is written to the audit
 * trail.</li>
 * <li>The board report and the 7-minute briefing carry no identifiers: children are "Child A", "Child B"...</li>
 * </ul>
 */
package org.caseaudit.multiagency;
