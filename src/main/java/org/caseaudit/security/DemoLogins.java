package org.caseaudit.security;

/** The demo logins' shared password (printed in the README), for demo data of other modules. Never used otherwise. */
public final class DemoLogins {

    public static final String PASSWORD = DemoUsers.DEMO_PASSWORD;

    private DemoLogins() {
    }
}
