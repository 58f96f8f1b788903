package org.caseaudit.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** The landing page: who you are here, what your role is for, and the places you can go. */
@Route("")
@PageTitle("Home | Case Audit Workbench")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    private static final Map<String, String> PURPOSE = new LinkedHashMap<>();

    static {
        PURPOSE.put("ADMIN", "Administrator: manage users, roles, templates, calendars and imports.");
        PURPOSE.put("AUDIT_LEAD",
                "Audit lead: plan the monthly audit, draw the sample, assign auditors, read the results and own the "
                + "action plan.");
        PURPOSE.put("AUDITOR",
                "Auditor: work through your assigned case files against the checklist, recording evidence and a "
                + "judgement.");
        PURPOSE.put("MODERATOR", "Moderator: re-review a share of the audits and agree final answers.");
        PURPOSE.put("INDEPENDENT_MEMBER",
                "Independent member: carry out qualitative audits of decision-making and recording, seeing only what "
                + "the task needs.");
        PURPOSE.put("PANEL_VIEWER", "Scrutiny panel: read anonymised reports, trends and the action plan.");
        PURPOSE.put("PARTNERSHIP_LEAD", "Partnership QA lead: compare the partnership's councils on the same measures, "
                + "as aggregate figures with their intervals on a funnel plot; no case is ever shown.");
        PURPOSE.put("PARTNERSHIP_PANEL", "Partnership panel: read the partnership's cross-council comparison "
                + "(aggregate figures only).");
    }

    HomeView(AuthenticationContext authentication,
             org.springframework.beans.factory.ObjectProvider<org.caseaudit.shared.HomeSection> sections) {
        setId("home-view");
        setMaxWidth("60rem");
        String name = MainLayout.displayName(authentication);
        add(new H2("Welcome, " + name));
        Div now = new Div();
        now.setId("home-now");
        sections.orderedStream().filter(s -> s.roles().stream().anyMatch(authentication::hasRole))
                .forEach(s -> now.add(section(s)));
        add(now);
        Div roles = new Div();
        roles.setId("home-roles");
        for (Map.Entry<String, String> purpose : PURPOSE.entrySet()) {
            if (authentication.hasRole(purpose.getKey())) {
                roles.add(new Paragraph(purpose.getValue()));
            }
        }
        add(roles);
        add(new H3("Everything you can open"));
        Div places = new Div();
        places.setId("home-places");
        places.addClassName("home-places");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty()) {
                places.add(new com.vaadin.flow.component.html.Anchor(entry.path(), entry.title()));
            }
        }
        add(places);
    }

    /** Navigates to a route with its query string ("audit-cycles?cycle=12"). */
    static void navigate(com.vaadin.flow.component.UI ui, String link) {
        int q = link.indexOf('?');
        if (q < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, q), com.vaadin.flow.router.QueryParameters.fromString(link.substring(q + 1)));
        }
    }

    /** One section of "what needs me now": each item in words with a button to where it is done. */
    private static Div section(org.caseaudit.shared.HomeSection section) {
        Div box = new Div();
        box.addClassName("home-section");
        box.add(new H3(section.title()));
        java.util.List<org.caseaudit.shared.HomeItem> items = section.items();
        if (items.isEmpty()) {
            box.add(new Paragraph(section.nothing()));
        }
        for (org.caseaudit.shared.HomeItem item : items) {
            com.vaadin.flow.component.orderedlayout.HorizontalLayout row =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            row.setId("home-item-" + item.id());
            row.addClassName("home-item");
            com.vaadin.flow.component.html.Span text = new com.vaadin.flow.component.html.Span(item.text());
            com.vaadin.flow.component.button.Button go = new com.vaadin.flow.component.button.Button(item.action(),
                    e -> e.getSource().getUI().ifPresent(ui -> navigate(ui, item.link())));
            go.setId("home-go-" + item.id());
            go.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            row.add(text, go);
            box.add(row);
        }
        return box;
    }
}
