package org.caseaudit.multiagency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** When the panel's record is complete: every child concluded on every domain. Pure code. */
final class PanelRules {

    private PanelRules() {
    }

    record Graded(String child, List<PanelDomain> domains) {
    }

    /** One line per child with domains still to grade, e.g. "Child B: joint working, overall". */
    static List<String> missingConclusions(List<Graded> children) {
        List<String> missing = new ArrayList<>();
        for (Graded g : children) {
            Set<PanelDomain> left = EnumSet.allOf(PanelDomain.class);
            g.domains().forEach(left::remove);
            if (!left.isEmpty()) {
                missing.add(g.child() + ": " + String.join(", ", left.stream().map(d -> d.label().toLowerCase())
                        .toList()));
            }
        }
        return missing;
    }
}
