package org.caseaudit.multiagency;

import java.time.Instant;
import java.util.Map;

/** One agency's return for one child. {@code answers}: question id to answer; a note is under "id:note". */
public record AgencyReturn(long id, long auditId, Child child, Agency agency, ReturnStatus status,
        Map<String, String> answers, String submittedBy, Instant submittedAt, long version) {

    public AgencyReturn {
        answers = Map.copyOf(answers);
    }
}
