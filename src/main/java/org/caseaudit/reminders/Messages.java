package org.caseaudit.reminders;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of every reminder: a subject and a body of counts and one link, nothing else. No case reference, no
 * name (not even the recipient's), no team: email is not a secure channel, and the workbench shows the detail after
 * sign-in.
 */
public final class Messages {

    private Messages() {
    }

    public record Message(String subject, String body) {
    }

    public static Message digest(Counts c, int withinWorkingDays, String baseUrl) {
        List<String> lines = new ArrayList<>();
        line(lines, c.overdue(), "audit or moderation overdue", "audits or moderations overdue");
        line(lines, c.dueSoon(), "audit or moderation due within " + withinWorkingDays + " working days",
                "audits or moderations due within " + withinWorkingDays + " working days");
        line(lines, c.notStarted(), "audit or moderation assigned to you not started",
                "audits or moderations assigned to you not started");
        line(lines, c.moderationsReady(), "audit ready for your moderation", "audits ready for your moderation");
        line(lines, c.sharedAwaiting(), "audit shared with you waiting for your reply",
                "audits shared with you waiting for your reply");
        line(lines, c.actionsOverdue(), "action you own overdue", "actions you own overdue");
        line(lines, c.actionsDueSoon(), "action you own due within " + withinWorkingDays + " working days",
                "actions you own due within " + withinWorkingDays + " working days");
        int total = c.notStarted() + c.dueSoon() + c.overdue() + c.moderationsReady() + c.sharedAwaiting()
                + c.actionsDueSoon() + c.actionsOverdue();
        return new Message("Case audit: " + total + (total == 1 ? " item needs" : " items need") + " you",
                "Your case audit work today:\n\n" + String.join("\n", lines) + "\n\n" + footer(baseUrl));
    }

    public static Message assigned(int audits, int moderations, String baseUrl) {
        return new Message("Case audit: new work assigned to you", "New work has been assigned to you: "
                + audits + (audits == 1 ? " audit" : " audits") + " and " + moderations
                + (moderations == 1 ? " moderation" : " moderations") + ".\n\n" + footer(link(baseUrl, "my-audits")));
    }

    public static Message shared(int audits, String baseUrl) {
        return new Message("Case audit: an audit has been shared with you", audits
                + (audits == 1 ? " finished audit has" : " finished audits have")
                + " been shared with you for your reply.\n\n" + footer(link(baseUrl, "shared-audits")));
    }

    private static void line(List<String> lines, int n, String one, String many) {
        if (n > 0) {
            lines.add("- " + n + " " + (n == 1 ? one : many));
        }
    }

    /** The page where the work waits: signing in from the link lands there. */
    static String link(String baseUrl, String route) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + route;
    }

    private static String footer(String baseUrl) {
        return "Sign in to see the details: " + baseUrl + "\n\nThis message holds no case details by design. "
                + "Choose how you receive reminders under Email reminders in the workbench.";
    }
}
