package org.caseaudit.councils.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.caseaudit.councils.CouncilService;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in user who belongs to several councils and has not chosen one in this session to
 * {@link ChooseCouncilView} before any other page; a user in one council goes straight in.
 */
@Component
class CouncilChoiceGuard implements VaadinServiceInitListener {

    private final CouncilService councils;

    CouncilChoiceGuard(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChooseCouncilView.class
                && !event.getNavigationTarget().getSimpleName().equals("LoginView") && councils.choiceNeeded()) {
            event.rerouteTo(ChooseCouncilView.class);
        }
    }
}
