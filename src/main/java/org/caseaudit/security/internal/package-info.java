/**
 * The security module's storage and background work: user accounts and their repository, the user-details service
 * behind sign-in, new accounts joining their creator's council, the mapping of free-text teams onto the team table,
 * and the audit trail's retention (the nightly purge and the setting the schema owner writes after every migration).
 * Used only by the {@code security} services; depends on {@code shared} and {@code shared.db}.
 *
 * <p>Decisions: the audit trail is append-only in the database and is purged only by a definer-rights procedure that
 * reads the retention the schema owner wrote (the module's page), once across nodes ({@code docs/decisions/0008});
 * accounts belong to councils ({@code docs/decisions/0012}).
 */
package org.caseaudit.security.internal;
