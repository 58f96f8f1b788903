package org.caseaudit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.caseaudit.security.AccountService;
import org.caseaudit.security.AccountStatus;
import org.caseaudit.security.PasswordPolicy;
import org.caseaudit.security.SignInOptions;
import org.caseaudit.security.TotpEnrolment;
import org.caseaudit.security.UserAdministrationException;
import org.caseaudit.shared.ui.Notifications;

/** Every user's own account: change the password, set up or turn off two-factor sign-in, new recovery codes. */
@Route("account")
@PageTitle("My account | Case Audit Workbench")
@Menu(title = "My account", order = 99, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout {

    private final AccountService account;
    private final Div twoFactor = new Div();
    /** Recovery codes just made: shown once, replaced by the next ones. */
    private final Div codesShown = new Div();

    AccountView(AccountService account, SignInOptions options) {
        this.account = account;
        setId("account-view");
        setMaxWidth("46em");
        AccountStatus status = account.status();
        if (status.identityProvider() != null) {
            // no local password and no workbench two-factor: the provider has the password and enforces its MFA
            String provider = options.providers().stream().filter(p -> p.id().equals(status.identityProvider()))
                    .map(SignInOptions.ProviderButton::name).findFirst().orElse(status.identityProvider());
            Paragraph managed = new Paragraph("You sign in with " + provider + ". Your password and multi-factor "
                    + "authentication are managed there, not in the workbench.");
            managed.setId("account-provider");
            add(new H2("Sign-in"), managed);
            return;
        }
        add(passwordSection(), twoFactor);
        showTwoFactor();
    }

    private Div passwordSection() {
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField password = new PasswordField("New password");
        password.setId("account-new-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a passphrase of a few "
                + "unrelated words is good. Common and breached passwords are refused.");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("account-new-password-2");
        Button change = new Button("Change password", e -> {
            current.setInvalid(false);
            password.setInvalid(false);
            try {
                account.changePassword(current.getValue(), password.getValue(), repeated.getValue());
                current.clear();
                password.clear();
                repeated.clear();
                Notifications.success("Password changed. Your other sessions have been signed out.");
            } catch (UserAdministrationException ex) {
                PasswordField field = "current".equals(ex.field()) ? current : password;
                field.setInvalid(true);
                field.setErrorMessage(ex.getMessage());
            }
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div section = new Div(new H2("Password"), current, password, repeated, new Div(change));
        section.setId("password-section");
        return section;
    }

    private void showTwoFactor() {
        AccountStatus status = account.status();
        twoFactor.removeAll();
        twoFactor.add(new H2("Two-factor sign-in"));
        Paragraph state = new Paragraph(status.twoFactorEnabled()
                ? "On: signing in asks for a code from your authenticator app. Recovery codes left: "
                + status.recoveryCodesLeft() + "."
                : status.twoFactorRequired() ? "Your role requires two-factor sign-in: you will set it up at your next "
                + "sign-in, or set it up now." : "Off. Turn it on to protect your account with a code from an "
                + "authenticator app on your phone as well as your password.");
        state.setId("two-factor-status");
        twoFactor.add(state);
        if (!status.twoFactorEnabled()) {
            Button start = new Button("Set up two-factor sign-in");
            start.addClickListener(e -> {
                start.setVisible(false);
                enrol(account.startTwoFactor());
            });
            start.setId("two-factor-start");
            twoFactor.add(start);
            return;
        }
        PasswordField password = new PasswordField("Your password");
        password.setId("two-factor-password");
        Button codes = new Button("New recovery codes", e -> {
            try {
                codesShown.removeAll();
                codesShown.add(TwoFactorParts.recoveryCodes(account.newRecoveryCodes(password.getValue())));
                password.clear();
            } catch (UserAdministrationException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        codes.setId("recovery-new");
        Button off = new Button("Turn off two-factor sign-in", e -> {
            try {
                account.turnOffTwoFactor(password.getValue());
                Notifications.success("Two-factor sign-in is off");
                showTwoFactor();
            } catch (UserAdministrationException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        off.setId("two-factor-off");
        off.setVisible(!status.twoFactorRequired());
        codesShown.removeAll();
        twoFactor.add(password, new Div(codes, off), codesShown);
    }

    private void enrol(TotpEnrolment enrolment) {
        TextField code = new TextField("Code from the app");
        code.setId("two-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Turn on", e -> {
            try {
                var codes = account.confirmTwoFactor(enrolment.secret(), code.getValue());
                showTwoFactor();
                codesShown.add(TwoFactorParts.recoveryCodes(codes));
                Notifications.success("Two-factor sign-in is on");
            } catch (UserAdministrationException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactor.add(new Paragraph(
                "Scan this QR code with an authenticator app (for example Microsoft Authenticator or "
                        + "Google Authenticator), or type the key into it, then enter the code it shows."),
                TwoFactorParts.qrCode(enrolment), TwoFactorParts.secret(enrolment), code, confirm);
    }
}
