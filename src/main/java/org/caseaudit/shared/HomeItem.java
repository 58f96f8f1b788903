package org.caseaudit.shared;

/**
 * One thing that needs the signed-in user now, on their home page: what it is, and a button to where it is done.
 *
 * @param id     a stable id for the button (tests and journeys select it)
 * @param text   what needs doing, in plain words (never more case detail than the user's role may see)
 * @param action the button's label: the one next step
 * @param link   where it is done: a route with its query string, e.g. {@code audit-cycles?cycle=12}
 */
public record HomeItem(String id, String text, String action, String link) {
}
