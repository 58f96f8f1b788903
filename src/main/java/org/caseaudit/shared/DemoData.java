package org.caseaudit.shared;

import java.util.List;
import org.caseaudit.shared.council.CurrentCouncil;

/**
 * A feature's demonstration data. Implementations are Spring beans, ordered with {@code @Order}, loaded at start when
 * {@code caseaudit.demo-data=true} (the embedded default and the test profile). They must be deterministic and
 * idempotent: loading twice changes nothing.
 */
public interface DemoData {

    void load();

    /**
     * Checks that the demo users a loader names (its lead, auditors, owners...) belong to the council it loads for, so
     * that one council's demo data never assigns, acts as or names another council's users (issue 25): a loader runs
     * as its council's lead, and every user it names must be that council's member too.
     *
     * @throws IllegalStateException naming the loader, the council and every user who is not its member
     */
    static void requireMembers(CurrentCouncil council, long councilId, String loader, List<String> usernames) {
        List<String> strangers = usernames.stream().distinct()
                .filter(u -> !council.councilsOf(u).contains(councilId)).toList();
        if (!strangers.isEmpty()) {
            throw new IllegalStateException(loader + " loads council " + councilId + " but names demo users who are "
                    + "not its members: " + String.join(", ", strangers) + " (add them to council " + councilId
                    + ", or name users of that council)");
        }
    }
}
