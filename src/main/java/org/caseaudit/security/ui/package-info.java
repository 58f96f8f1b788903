/**
 * The security pages: sign-in and its later steps (two-factor code or recovery code, two-factor set-up where the role
 * requires it, a new password), My account, users, teams and the audit-trail search for administrators, and the
 * plain page shown when a service refuses a page while it opens. Calls the {@code security} services only.
 *
 * <p>Decisions (the module's page): refusals do not disclose whether a thing exists and are already in the audit
 * trail; every view carries an access annotation; usernames have one spelling.
 */
package org.caseaudit.security.ui;
