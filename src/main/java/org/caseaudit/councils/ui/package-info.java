/**
 * The choice of council at sign-in: a guard sends a user who belongs to several councils and has not chosen one in
 * this session to the choice page first; a user in one council goes straight in. Calls
 * {@link org.caseaudit.councils.CouncilService} only.
 *
 * <p>Decisions: the choice holds for the session and is checked against the database once per request
 * ({@code docs/decisions/0013}, {@code docs/decisions/0022}).
 */
package org.caseaudit.councils.ui;
