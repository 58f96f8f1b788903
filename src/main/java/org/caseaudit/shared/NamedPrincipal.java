package org.caseaudit.shared;

/** A signed-in user's display name, for the shell and greetings, without depending on the security module. */
public interface NamedPrincipal {

    String fullName();
}
