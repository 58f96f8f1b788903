package org.caseaudit.findings;

import java.util.List;
import java.util.Set;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Overdue actions: the audit lead sees how many actions of the plan are overdue; everyone else who owns actions sees
 * their own overdue ones.
 */
@Configuration(proxyBeanMethods = false)
class ActionsHome {

    @Bean
    @Order(40)
    HomeSection overdueActions(ActionPlanService actions, CurrentUser currentUser) {
        return HomeSection.of(Set.of(Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER),
                "Actions overdue",
                "No action is overdue.", () -> items(actions, currentUser));
    }

    static List<HomeItem> items(ActionPlanService actions, CurrentUser currentUser) {
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
