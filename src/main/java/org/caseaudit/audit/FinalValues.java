package org.caseaudit.audit;

import java.util.Map;

/**
 * The final answers of one counted audit without any case data (no audit or case id, no notes): for aggregate
 * figures that panel viewers may see. {@code values} maps question id to the final answer (unanswered questions are
 * absent).
 */
public record FinalValues(String templateId, int templateVersion, Map<String, String> values) {

    public FinalValues {
        values = Map.copyOf(values);
    }
}
