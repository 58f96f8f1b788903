package org.caseaudit.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Scrutiny panel members: the latest committee pack (kept by the schedule), or the latest cycle's reports. */
@Component
@Order(50)
class PanelHome implements HomeSection {

    private final ReportDeliveryService reports;

    PanelHome(ReportDeliveryService reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.PANEL_VIEWER);
    }

    @Override
    public String title() {
        return "The latest committee pack";
    }

    @Override
    public String nothing() {
        return "No committee pack has been produced yet.";
    }

    @Override
    public List<HomeItem> items() {
        return reports.storedReports().stream().filter(r -> r.kind() == ReportKind.COMMITTEE_PACK)
                .max(Comparator.comparing(StoredReport::createdAt))
                .map(r -> List.of(new HomeItem("latest-pack", "Committee pack of " + r.cycleName() + ", produced "
                        + Formats.dateTime(r.createdAt()) + ".", "Open the reports", "reports/cycles")))
                .orElseGet(() -> reports.cycles().stream().findFirst()
                        .map(c -> List.of(new HomeItem("latest-pack", "The latest cycle is " + c.name()
                                + "; its committee pack is produced on request.", "Open the reports",
                                "reports/cycles")))
                        .orElse(List.of()));
    }
}
