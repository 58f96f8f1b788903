package org.caseaudit.findings;

import java.util.List;
import java.util.Set;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Overdue actions: the audit lead sees how many actions of the plan are overdue; everyone else who owns actions sees
 * their own overdue ones.
 */
@Component
@Order(40)
class ActionsHome implements HomeSection {

    private final ActionPlanService actions;
    private final CurrentUser currentUser;

    ActionsHome(ActionPlanService actions, CurrentUser currentUser) {
        this.actions = actions;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER);
    }

    @Override
    public String title() {
        return "Actions overdue";
    }

    @Override
    public String nothing() {
        return "No action is overdue.";
    }

    @Override
    public List<HomeItem> items() {
        if (currentUser.hasRole(Roles.AUDIT_LEAD)) {
            long overdue = actions.plan(false).stream().filter(ActionItem::overdue).count();
            return overdue == 0 ? List.of() : List.of(new HomeItem("actions-overdue", overdue
                    + (overdue == 1 ? " action of the plan is" : " actions of the plan are") + " overdue.",
                    "Open the action plan", "action-plan"));
        }
        return actions.myActions().stream().filter(a -> a.open() && a.overdue())
                .map(a -> new HomeItem("action-" + a.id(), "Your action \"" + shorten(a.action()) + "\" was due on "
                        + Formats.date(a.dueDate()) + ".", "My actions", "my-actions"))
                .toList();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
