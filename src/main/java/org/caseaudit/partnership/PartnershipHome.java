package org.caseaudit.partnership;

import java.util.List;
import java.util.Set;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Partnership lead and panel: their partnership's councils and the way to the comparison. */
@Component
@Order(55)
class PartnershipHome implements HomeSection {

    private final PartnershipService partnership;

    PartnershipHome(PartnershipService partnership) {
        this.partnership = partnership;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL);
    }

    @Override
    public String title() {
        return "Your partnership";
    }

    @Override
    public String nothing() {
        return "You belong to no partnership yet: ask the installation's administrator.";
    }

    @Override
    public List<HomeItem> items() {
        return partnership.partnership().map(s -> List.of(new HomeItem("partnership-councils", s.name() + ": "
                + s.councils().size() + " council(s) ("
                + String.join(", ", s.councils()) + ").", "Compare the councils", "partnership-comparison")))
                .orElse(List.of());
    }
}
