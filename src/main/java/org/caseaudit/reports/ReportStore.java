package org.caseaudit.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.caseaudit.shared.Sha256;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The schedule setting and the stored report files (tables of V13_1). Times are stored in UTC. */
@Component
class ReportStore {

    /** The schedule row as stored. */
    record Schedule(boolean enabled, boolean identified, boolean anonymised, long version, String updatedBy,
                    Instant updatedAt) {
    }

    private static final String COLUMNS = "id, kind, cycle_id, cycle_name, variant, file_name, size_bytes, sha256, "
            + "created_at, created_by, expires_at";

    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;

    ReportStore(JdbcTemplate jdbc, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** The councils the scheduled pack runs for. */
    List<Long> activeCouncils() {
        return council.active();
    }

    /** The current council's schedule; a council that never saved one has the default (off, anonymised). */
    Schedule schedule() {
        return jdbc.query("SELECT enabled, identified, anonymised, version, updated_by, updated_at "
                + "FROM report_schedule WHERE council_id = ?", (rs, n) -> new Schedule(rs.getBoolean(1),
                rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4), rs.getString(5), instant(rs.getTimestamp(6))),
                council.id()).stream().findFirst().orElse(new Schedule(false, false, true, 0, null, null));
    }

    /** False when the version no longer matches (someone else saved first). */
    boolean saveSchedule(boolean enabled, boolean identified, boolean anonymised, long expectedVersion, String by,
                         Instant at) {
        jdbc.update("INSERT IGNORE INTO report_schedule (council_id, enabled, identified, anonymised, version)"
                + " VALUES (?, FALSE, FALSE, TRUE, 0)", council.id());
        return jdbc.update("UPDATE report_schedule SET enabled = ?, identified = ?, anonymised = ?, updated_by = ?, "
                        + "updated_at = ?, version = version + 1 WHERE council_id = ? AND version = ?", enabled,
                identified, anonymised, by, timestamp(at), council.id(), expectedVersion) == 1;
    }

    long store(ReportKind kind, Long cycleId, String cycleName, ReportVariant variant, ReportService.ReportFile file,
               String by, Instant at, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO report_file (kind, cycle_id, cycle_name, variant, file_name, content_type, size_bytes, "
                        + "sha256, content, created_at, created_by, expires_at, council_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                kind.name(), cycleId, cycleName, variant.name(), file.fileName(), file.contentType(),
                file.content().length, sha256(file.content()), file.content(), timestamp(at), by, timestamp(expiresAt),
                council.id());
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    List<StoredReport> list(boolean anonymisedOnly) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report_file WHERE council_id = ?"
                + (anonymisedOnly ? " AND variant = 'ANONYMISED'" : "") + " ORDER BY created_at DESC, id DESC",
                this::row, council.id());
    }

    Optional<StoredReport> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report_file WHERE id = ? AND council_id = ?", this::row,
                id, council.id()).stream().findFirst();
    }

    Optional<ReportService.ReportFile> content(long id) {
        return jdbc.query("SELECT file_name, content_type, content FROM report_file WHERE id = ? AND council_id = ?",
                (rs, n) -> new ReportService.ReportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), id,
                council.id())
                .stream().findFirst();
    }

    /** Deletes every file whose time is up; returns how many. */
    int purge(Instant now) {
        return jdbc.update("DELETE FROM report_file WHERE council_id = ? AND expires_at <= ?", council.id(),
                timestamp(now));
    }

    private StoredReport row(ResultSet rs, int n) throws SQLException {
        long cycle = rs.getLong(3);
        return new StoredReport(rs.getLong(1), ReportKind.valueOf(rs.getString(2)), rs.wasNull() ? null : cycle,
                rs.getString(4), ReportVariant.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7),
                rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10), instant(rs.getTimestamp(11)));
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
