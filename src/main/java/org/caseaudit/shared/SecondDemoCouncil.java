package org.caseaudit.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo partnership's second council, Southvale (issue 25): small on purpose (its register, three audited and
 * moderated cycles on the demo council's checklist version), so the partnership comparison has two councils to show
 * and the demo data stays quick to load. The installation module creates the council and its people; the cases and
 * audit modules load its register and cycles inside its {@code CouncilScope}.
 */
public final class SecondDemoCouncil {

    public static final String CODE = "SVB";
    public static final String NAME = "Southvale Borough Council";
    /** Southvale's case references start with this (the demo council's with "CR"), so they never look alike. */
    public static final String REFERENCE_PREFIX = "SV";
    public static final long SEED = 2027;
    public static final int CASES = 300;
    /** Completed cycles: the months {@code CYCLES + 1} to 2 before the clock's month. */
    public static final int CYCLES = 3;

    public static final String LEAD = "lead2";
    public static final String MODERATOR = "svmoderator";
    public static final List<String> AUDITORS = List.of("svauditor", "svauditor2");

    /** The demo register's teams as Southvale names its own (a council's teams are its own). */
    public static final Map<String, String> TEAMS = Map.of(
            "Assessment Team North", "Southvale Duty and Assessment",
            "Assessment Team South", "Southvale Duty and Assessment",
            "Assessment Team East", "Southvale Family Safeguarding 1",
            "MASH", "Southvale Front Door",
            "Child Protection Team", "Southvale Family Safeguarding 2",
            "Children in Need Team 1", "Southvale Children in Need",
            "Children in Need Team 2", "Southvale Children in Need",
            "Disabled Children's Team", "Southvale Children with Disabilities");

    private SecondDemoCouncil() {
    }

    /** Southvale's council id, once the installation module has created it. */
    public static Optional<Long> id(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id FROM council WHERE code = ?", Long.class, CODE).stream().findFirst();
    }
}
