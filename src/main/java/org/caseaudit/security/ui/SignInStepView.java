package org.caseaudit.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.caseaudit.security.SignInFlow;
import org.caseaudit.security.SignInSteps;
import org.caseaudit.security.UserAdministrationException;

/**
 * The steps of a sign-in after the password (the user is not signed in until they are done): a code from the
 * authenticator app or a recovery code; setting two-factor up where the role requires it; a new password after an
 * administrator's reset.
 */
@Route(value = "sign-in", autoLayout = false)
@PageTitle("Sign in | Case Audit Workbench")
@AnonymousAllowed
class SignInStepView extends VerticalLayout implements BeforeEnterObserver {

    private final SignInSteps steps;
    private final SignInFlow flow;
    private SignInSteps.PendingSignIn pending;

    SignInStepView(SignInSteps steps, SignInFlow flow) {
        this.steps = steps;
        this.flow = flow;
        setId("sign-in-step-view");
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        setMaxWidth("34em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = SignInFlow.pending(VaadinSession.getCurrent());
        if (!steps.isLive(pending)) {
            SignInFlow.abandon(VaadinSession.getCurrent());
            event.forwardTo(LoginView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        if (pending.codeDue()) {
            codeStep();
        } else if (pending.enrolmentDue()) {
            enrolmentStep();
        } else if (pending.passwordDue()) {
            passwordStep();
        } else {
            finish();
            return;
        }
        Button cancel = new Button("Cancel and go back to sign-in", e -> {
            SignInFlow.abandon(VaadinSession.getCurrent());
            UI.getCurrent().navigate(LoginView.class);
        });
        cancel.setId("sign-in-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(cancel);
    }

    private void codeStep() {
        TextField code = new TextField("Code");
        code.setId("sign-in-code");
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText("The 6-digit code your authenticator app shows now, or one of your recovery codes");
        Button next = new Button("Continue", e -> {
            if (steps.enterCode(pending, code.getValue())) {
                render();
            } else if (!steps.isLive(pending)) {
                backToSignIn();
            } else {
                code.setInvalid(true);
                code.setErrorMessage("That code is not right. Type the code the app shows now.");
            }
        });
        next.setId("sign-in-code-submit");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H1("Two-factor sign-in"), new Paragraph("Your password was right. Now enter the code from your "
                + "authenticator app."), code, next);
    }

    private void enrolmentStep() {
        var enrolment = steps.enrolment(pending);
        TextField code = new TextField("Code from the app");
        code.setId("enrol-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Turn on two-factor sign-in", e -> {
            try {
                showRecoveryCodes(steps.confirmEnrolment(pending, code.getValue()));
            } catch (UserAdministrationException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        confirm.setId("enrol-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Set up two-factor sign-in"),
                new Paragraph("Your role requires a second step at sign-in: a code from an authenticator app on your "
                        + "phone (for example Microsoft Authenticator or Google Authenticator). Scan this QR code with "
                        + "the app, or type the key below into it, then enter the code it shows."),
                TwoFactorParts.qrCode(enrolment), TwoFactorParts.secret(enrolment), code, confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        Button next = new Button("I have kept them: continue", e -> render());
        next.setId("recovery-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Two-factor sign-in is on"), TwoFactorParts.recoveryCodes(codes), next);
    }

    private void passwordStep() {
        PasswordField password = new PasswordField("New password");
        password.setId("new-password-1");
        password.setHelperText("At least 12 characters; a passphrase of a few unrelated words is good");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("new-password-2");
        Button save = new Button("Save and continue", e -> {
            try {
                steps.newPassword(pending, password.getValue(), repeated.getValue());
                render();
            } catch (UserAdministrationException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        save.setId("new-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Choose a new password"), new Paragraph("Your password was reset by an administrator. Choose "
                + "your own before you go on; nobody else will know it."), password, repeated, save);
    }

    private void finish() {
        steps.complete(pending).ifPresentOrElse(user -> {
            flow.complete(user, VaadinSession.getCurrent());
            UI.getCurrent().getPage().setLocation("./");
        }, this::backToSignIn);
    }

    private void backToSignIn() {
        SignInFlow.abandon(VaadinSession.getCurrent());
        UI.getCurrent().navigate(LoginView.class);
    }
}
