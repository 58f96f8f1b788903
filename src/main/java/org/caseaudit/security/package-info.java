/**
 * Users, roles, sign-in, the current user and the audit trail. Views live in {@code ui}, persistence in
 * {@code internal}.
 */
package org.caseaudit.security;
