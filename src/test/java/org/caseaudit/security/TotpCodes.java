package org.caseaudit.security;

import java.time.Instant;

/** For tests outside this package: the code an authenticator app would show for a Base32 secret at a moment. */
public final class TotpCodes {

    public String code(String secretBase32, Instant at) {
        return new Totp().code(Totp.fromBase32(secretBase32), at);
    }
}
