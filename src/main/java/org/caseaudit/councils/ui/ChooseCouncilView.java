package org.caseaudit.councils.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.caseaudit.councils.Council;
import org.caseaudit.councils.CouncilService;

/**
 * The choice of council at sign-in for a user who works in several (decision 0013): one button per council; the
 * choice holds for the session. A user in one council never sees this page ({@link CouncilChoiceGuard}).
 */
@Route("council")
@PageTitle("Choose your council | Case Audit Workbench")
@PermitAll
class ChooseCouncilView extends VerticalLayout {

    ChooseCouncilView(CouncilService councils) {
        setId("choose-council-view");
        setMaxWidth("40em");
        add(new H2("Which council are you working for?"),
                new Paragraph("You work in more than one council. Each council's cases and audits are kept apart; "
                        + "choose the one you are working for now. To change, sign out and in again."));
        for (Council council : councils.mine()) {
            Button choose = new Button(council.name(), e -> {
                councils.choose(council.id());
                getUI().ifPresent(ui -> ui.navigate(""));
            });
            choose.setId("council-" + council.code());
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(choose);
        }
    }
}
