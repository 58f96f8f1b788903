package org.caseaudit.security;

/**
 * What setting up two-factor sign-in shows: the secret in Base32 (typed by hand into an authenticator app), the
 * otpauth:// address, and the same address as a QR code (an SVG image).
 */
public record TotpEnrolment(String secret, String address, String qrCodeSvg) {
}
