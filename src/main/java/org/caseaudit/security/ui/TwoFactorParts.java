package org.caseaudit.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.caseaudit.security.TotpEnrolment;

/** The pieces the sign-in steps and My account both show when two-factor sign-in is set up. */
final class TwoFactorParts {

    private TwoFactorParts() {
    }

    static Image qrCode(TotpEnrolment enrolment) {
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                enrolment.qrCodeSvg().getBytes(StandardCharsets.UTF_8)), "QR code to scan with your authenticator app");
        qr.setId("totp-qr");
        qr.setWidth("12em");
        qr.setHeight("12em");
        return qr;
    }

    static Div secret(TotpEnrolment enrolment) {
        Span key = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        key.setId("totp-secret");
        key.getStyle().set("font-family", "monospace");
        return new Div(new Span("Key to type in instead: "), key);
    }

    static Div recoveryCodes(List<String> codes) {
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "monospace");
        codes.forEach(c -> list.add(new ListItem(c)));
        return new Div(new Paragraph(
                "Keep these recovery codes somewhere safe, apart from your phone (printed, or in a "
                + "password manager). Each lets you sign in once without the app. They are shown only now."), list);
    }
}
