/**
 * Users, roles, teams, sign-in (password, two-factor, OpenID Connect), the current user and the audit trail. Views
 * live in {@code ui}, persistence in {@code internal}.
 *
 * <p>Decisions:
 * <ul>
 * <li>The audit trail ({@code audit_event}) is append-only in the database: triggers refuse updates and deletes, the
 * server sets the time, and the runtime account may only insert and read it; the purge runs with its definer's
 * rights and reads the retention the schema owner writes at start ({@code RetentionSettings}).</li>
 * <li>Modules never write the trail themselves: they publish a {@code TrailEvent} record of their own (one per kind of
 * event, e.g. {@code SamplingTrail.Drawn}, {@code CaseTrail.CaseViewed}); {@code AuditTrailWriter}, a plain
 * synchronous listener, writes it in the publisher's transaction (ModularityTest keeps {@code AuditTrail.record} to
 * this module). Opening an audit is one row: the register's {@code CASE_FACTS_VIEWED} naming the audit.</li>
 * <li>Usernames have one spelling (NFKC, case folded, accents removed), used at creation, sign-in and lockout.</li>
 * <li>Refusals do not disclose whether a thing exists; they are recorded in a transaction of their own,
 * rate-limited.</li>
 * <li>Every view carries an access annotation (Vaadin's navigation check) and every service method its own
 * method-security check (JSR-250, on every bean but Vaadin components: views are not proxied; decision 0043).</li>
 * <li>Passwords are BCrypt hashes of cost {@code caseaudit.security.password-hash-cost} (10; 4 in the tests).</li>
 * </ul>
 */
package org.caseaudit.security;
