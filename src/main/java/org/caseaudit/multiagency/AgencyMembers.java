package org.caseaudit.multiagency;

import java.util.List;

/** An agency and the usernames of its members (its co-ordinators). */
public record AgencyMembers(Agency agency, List<String> members) {

    public AgencyMembers {
        members = List.copyOf(members);
    }
}
