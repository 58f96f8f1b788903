package org.caseaudit.audit;

import java.util.List;
import java.util.Set;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Team managers: the audits shared with them that wait for their reply. */
@Component
@Order(30)
class ManagerHome implements HomeSection {

    private final FeedbackService feedback;

    ManagerHome(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.TEAM_MANAGER);
    }

    @Override
    public String title() {
        return "Audits waiting for your reply";
    }

    @Override
    public String nothing() {
        return "No shared audit is waiting for your reply.";
    }

    @Override
    public List<HomeItem> items() {
        return feedback.sharedWithMe().stream().filter(s -> s.replies() == 0)
                .map(s -> new HomeItem("reply-" + s.auditId(), "Audit of case " + s.caseReference() + " shared by "
                        + s.sharedBy() + " on " + Formats.dateTime(s.sharedAt()) + ".", "Read and reply",
                        "audit-feedback?id=" + s.auditId()))
                .toList();
    }
}
