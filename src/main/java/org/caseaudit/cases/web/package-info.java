/**
 * The HTTP API of the case register ({@code /api/**}, documented in {@code docs/api.md}): a stateless filter chain of
 * its own, before the Vaadin one, that accepts only the bearer tokens of integration accounts; the same import as the
 * page, answered in JSON, and the register as CSV. Depends on the {@code cases} services only.
 *
 * <p>Decisions: a call made with a token works in that token's council through {@code CouncilScope}
 * ({@code docs/decisions/0012}, {@code docs/decisions/0013}); no session, no CSRF, no login page; only a token's
 * SHA-256 is stored ({@code IntegrationTokenService}).
 */
package org.caseaudit.cases.web;
