package org.caseaudit.security;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caseaudit.shared.SpreadsheetText;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.shared.ui.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators search and export the audit trail; every export is itself recorded. */
@Service
public class AuditTrailService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    private final CurrentCouncil currentCouncil;

    AuditTrailService(JdbcTemplate jdbc, AuditTrail auditTrail, CurrentCouncil currentCouncil) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentCouncil = currentCouncil;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from audit_event" + where.sql()
                + " order by occurred_at desc, id desc limit ? offset ?",
                AuditTrailService::entry, args.toArray());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        Where where = where(query);
        Integer count = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Integer.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    /** Writes the matching entries as CSV (UTF-8, times in Europe/London); cells are formula-safe. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void exportCsv(AuditQuery query, Writer out) {
        auditTrail.record("AUDIT_TRAIL_EXPORTED", "audit_trail", null, describe(query));
        Where where = where(query);
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord("When (Europe/London)", "Who", "Action", "Target type", "Target", "Detail",
                    "From", "Outcome");
            try (Stream<AuditEntry> entries = jdbc.queryForStream(
                    "select * from audit_event" + where.sql() + " order by occurred_at desc, id desc",
                    AuditTrailService::entry, where.args().toArray())) {
                for (AuditEntry e : (Iterable<AuditEntry>) entries::iterator) {
                    csv.printRecord(Stream.of(Formats.dateTime(e.occurredAt()), e.actor(), e.action(), e.targetType(),
                            e.targetId(), e.detail(), e.remoteAddress(), e.outcome()).map(
                            SpreadsheetText::forCsv).toList());
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(AuditQuery q) {
        return "from=" + q.from() + ", to=" + q.to() + ", actor=" + q.actor() + ", action=" + q.action()
                + ", target=" + q.target();
    }

    private record Where(String sql, List<Object> args) {
    }

    /** A council's administrator reads that council's entries only (decision 0012). */
    private Where where(AuditQuery q) {
        List<String> clauses = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        clauses.add("council_id = ?");
        args.add(currentCouncil.id());
        if (q.from() != null) {
            clauses.add("occurred_at >= ?");
            args.add(utc(q.from()));
        }
        if (q.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(utc(q.to().plusDays(1)));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            clauses.add("actor like ?");
            args.add("%" + likeEscape(q.actor().trim()) + "%");
        }
        if (q.action() != null && !q.action().isBlank()) {
            clauses.add("action = ?");
            args.add(q.action().trim());
        }
        if (q.target() != null && !q.target().isBlank()) {
            clauses.add("(target_id like ? or target_type like ?)");
            String like = "%" + likeEscape(q.target().trim()) + "%";
            args.add(like);
            args.add(like);
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), args);
    }

    private static Timestamp utc(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay(LONDON).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime().toInstant(
                ZoneOffset.UTC),
                rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("detail"), rs.getString("remote_address"), rs.getString("outcome"));
    }
}
