package org.caseaudit.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the database holds for one answer, read straight from {@code audit_answer} (not through the application) by
 * the fault tests: the version a save must name, and the value it stored.
 */
final class StoredAnswer {

    private static final String WHERE = " FROM audit_answer WHERE case_audit_id = ? AND question_key = ?";

    private StoredAnswer() {
    }

    /** The answer's version, 0 while the audit has no row for the question. */
    static long version(Connection c, long audit, String question) throws SQLException {
        try (PreparedStatement ps = select(c, "version", audit, question); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The answer's value, null while there is none. */
    static String value(Connection c, long audit, String question) throws SQLException {
        try (PreparedStatement ps = select(c, "answer_value", audit, question); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static PreparedStatement select(Connection c, String column, long audit, String question)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT " + column + WHERE);
        ps.setLong(1, audit);
        ps.setString(2, question);
        return ps;
    }
}
