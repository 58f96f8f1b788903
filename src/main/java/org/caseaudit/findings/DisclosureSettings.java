package org.caseaudit.findings;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings of the disclosure-control policy and of honest summaries: {@code caseaudit.disclosure.threshold}
 * (counts from 1 to this are suppressed; default 5, as DfE), {@code caseaudit.summary.strength-level} (a measure
 * below this per cent is never listed as a strength; default 80) and {@code caseaudit.dashboard.targets} (local
 * target lines per key measure, {@code question-id:percent,...}; none by default).
 */
@Component
public class DisclosureSettings {

    private final DisclosureControl policy;
    private final int strengthLevel;
    private final Map<String, Double> targets;

    DisclosureSettings(@Value("${caseaudit.disclosure.threshold:" + DisclosureControl.DEFAULT_THRESHOLD
            + "}") int threshold,
            @Value("${caseaudit.summary.strength-level:" + Summaries.DEFAULT_STRENGTH_LEVEL + "}") int strengthLevel,
            @Value("${caseaudit.dashboard.targets:}") String targets) {
        this.policy = new DisclosureControl(threshold);
        if (strengthLevel < 0 || strengthLevel > 100) {
            throw new IllegalArgumentException("caseaudit.summary.strength-level must be a per cent from 0 to 100, not "
                    + strengthLevel);
        }
        this.strengthLevel = strengthLevel;
        this.targets = parseTargets(targets);
    }

    public DisclosureControl policy() {
        return policy;
    }

    public int strengthLevel() {
        return strengthLevel;
    }

    /** Local target (per cent) of a key measure, by question id. */
    public Map<String, Double> targets() {
        return targets;
    }

    static Map<String, Double> parseTargets(String text) {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        for (String part : text.split(",")) {
            String[] kv = part.strip().split(":", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("caseaudit.dashboard.targets: write question-id:percent, not '"
                        + part.strip() + "'");
            }
            double v;
            try {
                v = Double.parseDouble(kv[1].strip().replace("%", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("caseaudit.dashboard.targets: '" + kv[1].strip()
                        + "' is not a per cent (question " + kv[0].strip() + ")");
            }
            if (v < 0 || v > 100) {
                throw new IllegalArgumentException("caseaudit.dashboard.targets: " + v + " is not between 0 and 100 "
                        + "(question " + kv[0].strip() + ")");
            }
            map.put(kv[0].strip(), v);
        }
        return Map.copyOf(map);
    }
}
