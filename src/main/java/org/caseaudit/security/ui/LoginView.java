package org.caseaudit.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.caseaudit.security.SignInFlow;
import org.caseaudit.security.SignInOptions;
import org.caseaudit.security.SignInSteps;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Case Audit Workbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final SignInSteps steps;
    private final Paragraph providerRefusal = new Paragraph();

    public LoginView(SignInSteps steps, SignInOptions options) {
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
                + "After repeated failures sign-in is paused for 15 minutes. If your account has been disabled, ask "
                + "your administrator.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        H1 title = new H1("Case Audit Workbench");
        Paragraph purpose = new Paragraph("Quality-assurance case audits for children's social care");
        purpose.addClassName("login-purpose");
        add(title, purpose);
        providerRefusal.setId("provider-refusal");
        providerRefusal.addClassName("login-provider-refusal");
        providerRefusal.getElement().setAttribute("role", "alert");
        providerRefusal.setVisible(false);
        add(providerRefusal);
        if (!options.providers().isEmpty()) {
            Div buttons = new Div();
            buttons.setId("provider-sign-in");
            buttons.addClassName("login-providers");
            for (SignInOptions.ProviderButton provider : options.providers()) {
                // a plain link: the browser leaves the application for the provider's sign-in page
                Anchor link = new Anchor(provider.path(), "Sign in with " + provider.name());
                link.setId("sign-in-with-" + provider.id());
                link.getElement().setAttribute("router-ignore", true);
                link.addClassName("login-provider-button");
                buttons.add(link);
            }
            add(buttons);
        }
        if (options.localLogin()) {
            if (!options.providers().isEmpty()) {
                Paragraph or = new Paragraph("Or sign in with a workbench account:");
                or.addClassName("login-or");
                add(or);
            }
            add(login);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInSteps.PendingSignIn pending = SignInFlow.pending(VaadinSession.getCurrent());
        if (pending != null && steps.isLive(pending)) {
            event.forwardTo(SignInStepView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String refusal = null;
        if (parameters.getOrDefault("error", java.util.List.of()).contains("provider")) {
            WrappedSession session = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession();
            refusal = session instanceof WrappedHttpSession http ? SignInOptions.takeRefusal(
                    http.getHttpSession()) : null;
            if (refusal == null) {
                refusal = "Sign-in with your organisation's account was refused. Please try again.";
            }
        } else {
            login.setError(parameters.containsKey("error"));
        }
        providerRefusal.setText(refusal == null ? "" : refusal);
        providerRefusal.setVisible(refusal != null);
    }
}
