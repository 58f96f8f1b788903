package org.caseaudit.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.caseaudit.shared.NamedPrincipal;

/**
 * The shell: title, a menu that lists only the views the signed-in user may open (Vaadin filters
 * {@link MenuConfiguration} entries through the views' access annotations), who is signed in, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    /** The view the last navigation showed. */
    private Component shown;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle);

        Header header = new Header();
        header.addClassName("app-name");
        Span name = new Span("Case Audit Workbench");
        name.addClassName("app-name-text");
        header.add(name);
        Scroller scroller = new Scroller(menu());
        addToDrawer(header, scroller, footer());
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("user-footer");
        authentication.getPrincipalName().ifPresent(user -> {
            Div who = new Div();
            who.setId("signed-in-user");
            Span name = new Span(displayName(authentication));
            name.addClassName("user-name");
            who.add(name);
            String roles = authentication.getGrantedRoles().stream().sorted().map(MainLayout::roleLabel)
                    .collect(Collectors.joining(", "));
            Span roleText = new Span(roles);
            roleText.addClassName("user-roles");
            who.add(roleText);
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            footer.add(who, signOut);
        });
        return footer;
    }

    /** The signed-in user's full name where the principal carries one, else the username. */
    static String displayName(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(Object.class)
                .filter(NamedPrincipal.class::isInstance).map(p -> ((NamedPrincipal) p).fullName())
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "ADMIN" -> "Administrator";
            case "AUDIT_LEAD" -> "Audit lead";
            case "AUDITOR" -> "Auditor";
            case "MODERATOR" -> "Moderator";
            case "INDEPENDENT_MEMBER" -> "Independent member";
            case "PANEL_VIEWER" -> "Scrutiny panel";
            case "TEAM_MANAGER" -> "Team manager";
            case "AGENCY_COORDINATOR" -> "Agency co-ordinator";
            case "PARTNERSHIP_LEAD" -> "Partnership QA lead";
            case "PARTNERSHIP_PANEL" -> "Partnership panel";
            default -> role;
        };
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content != null && content == shown) {
            // Vaadin keeps the view it shows when one navigates to that view again (the page's own menu item, a link
            // to itself with other parameters): build it again, so that every navigation shows a view built for it
            // from the data as they are now, as each view expects (decision 0043). Once this navigation is done:
            // Vaadin ignores a navigation started while one is handled. The new view comes back here, not seen before.
            shown = null;
            UI ui = event.getLocationChangeEvent().getUI();
            ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false));
            return;
        }
        shown = content;
        viewTitle.setText(MenuConfiguration.getPageHeader(content).orElse("").replace(
                " | Case Audit Workbench", ""));
    }
}
