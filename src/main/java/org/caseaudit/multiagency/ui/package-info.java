/**
 * The multi-agency pages: the lead sets an audit up (theme, deadlines, agencies, children by case reference) and
 * moves it to the panel; an agency co-ordinator completes its agency's returns ({@code ReturnDialog}) and acknowledges
 * concerns; the joint panel grades per domain and raises concerns; administrators keep the agencies and their
 * co-ordinators. Calls the {@code multiagency} services only.
 *
 * <p>Decisions ({@code docs/decisions/0016}): what each agency may see is enforced by the service, not by these
 * pages; agencies never see a case's facts, and until the panel stage only their own agency's returns.
 */
package org.caseaudit.multiagency.ui;
