package org.caseaudit.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.caseaudit.security.SignInFlow;
import org.caseaudit.security.SignInSteps;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Case Audit Workbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final SignInSteps steps;

    public LoginView(SignInSteps steps) {
        this.steps = steps;
        setId("login-view");
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage("Check your username and password and try again. "
                + "After repeated failures sign-in is paused for 15 minutes. If your account has been disabled, ask your administrator.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        H1 title = new H1("Case Audit Workbench");
        Paragraph purpose = new Paragraph("Quality-assurance case audits for children's social care");
        purpose.addClassName("login-purpose");
        add(title, purpose, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInSteps.PendingSignIn pending = SignInFlow.pending(VaadinSession.getCurrent());
        if (pending != null && steps.isLive(pending)) {
            event.forwardTo(SignInStepView.class);
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
