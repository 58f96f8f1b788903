package org.caseaudit.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.ImportControl;
import org.caseaudit.cases.ImportCounts;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import path (UI, HTTP API, demo data, benchmark): checks the file, streams its rows through header
 * matching, mapping and validation, and upserts in batches inside ONE transaction. Any problem, a cancel or a
 * failure rolls everything back, so a bad file writes 0 case rows; the import itself is always recorded.
 */
@Component
public class ImportEngine {

    public static final int MAX_PROBLEMS_KEPT = 1000;
    public static final int PREVIEW_ROWS = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final ImportProperties properties;
    private final Clock clock;

    /** Without the teams table (tests of the engine alone): teams are matched against the register's list only. */
    public ImportEngine(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ImportProperties properties,
                        Clock clock) {
        this(jdbc, transactionManager, properties, clock, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ImportEngine(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ImportProperties properties,
                        Clock clock, org.caseaudit.security.TeamService teams) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.newTx = new TransactionTemplate(transactionManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    private final org.caseaudit.security.TeamService teams;

    /** What to import and how; {@code commit=false} is a preview that writes nothing. */
    public record Job(Path file, String fileName, MappingProfile profile, ImportOptions options, boolean commit,
                      String username, String channel, ImportControl control, long councilId) {

        /** A job of the council the caller runs as (the service names the signed-in user's council explicitly). */
        public Job(Path file, String fileName, MappingProfile profile, ImportOptions options, boolean commit,
                   String username, String channel, ImportControl control) {
            this(file, fileName, profile, options, commit, username, channel, control,
                    CouncilScope.current().orElse(CurrentCouncil.INSTALLATION_COUNCIL));
        }
    }

    public ImportProperties properties() {
        return properties;
    }

    /** Runs the job as its council (the import may run on a worker thread, away from the user's session). */
    public ImportResult run(Job job) {
        return CouncilScope.call(job.councilId(), () -> runInCouncil(job));
    }

    private ImportResult runInCouncil(Job job) {
        ImportControl control = job.control() == null ? new ImportControl() : job.control();
        String source = job.options() != null && job.options().source() != null && !job.options().source().isBlank()
                ? job.options().source().trim() : job.profile().source();
        LocalDateTime startedAt = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        long size;
        String sha256;
        try {
            size = Files.size(job.file());
            sha256 = sha256(job.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pass pass = new Pass(job, source, control);
        if (size > properties.maxBytes().toBytes()) {
            pass.fatal(ImportProblem.file("File '" + job.fileName() + "' is " + size + " bytes; the limit is "
                    + properties.maxBytes().toBytes() + " bytes (caseaudit.import.max-bytes)."));
            return finish(job, pass, source, sha256, size, startedAt, ImportStatus.REJECTED, null, null);
        }
        if (!job.commit()) {
            pass.execute(new CaseWriter(jdbc, job.councilId(), source, null, startedAt, true));
            ImportStatus status = control.cancelled() ? ImportStatus.CANCELLED : ImportStatus.PREVIEWED;
            return result(null, status, job, source, sha256, pass, pass.counts(status));
        }
        ImportStatus[] status = {ImportStatus.REJECTED};
        Long[] importId = {null};
        String failure = null;
        try {
            tx.executeWithoutResult(txStatus -> {
                importId[0] = insertImport(job, source, sha256, size, startedAt);
                CaseWriter writer = new CaseWriter(jdbc, job.councilId(), source, importId[0], startedAt, false);
                pass.execute(writer);
                if (control.cancelled()) {
                    status[0] = ImportStatus.CANCELLED;
                } else if (pass.problemCount == 0) {
                    pass.flush(writer);
                    pass.addTeams();
                    status[0] = ImportStatus.COMMITTED;
                    updateImport(importId[0], status[0], pass.counts(status[0]), 0, null);
                }
                if (status[0] != ImportStatus.COMMITTED) {
                    txStatus.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Import of {} failed and was rolled back", job.fileName(), e);
            status[0] = ImportStatus.FAILED;
            failure = "The import failed and nothing was written: " + rootMessage(e);
            pass.fatal(ImportProblem.file(failure));
        }
        if (status[0] == ImportStatus.COMMITTED) {
            return result(importId[0], status[0], job, source, sha256, pass, pass.counts(status[0]));
        }
        return finish(job, pass, source, sha256, size, startedAt, status[0], failure, null);
    }

    private ImportResult finish(Job job, Pass pass, String source, String sha256, long size, LocalDateTime startedAt,
                                ImportStatus status, String message, Long ignored) {
        ImportCounts counts = pass.counts(status);
        Long id = null;
        if (job.commit()) {
            id = newTx.execute(s -> {
                Long newId = insertImport(job, source, sha256, size, startedAt);
                String msg = message != null ? message : status == ImportStatus.CANCELLED ? "Cancelled by the user"
                        : pass.problems.isEmpty() ? null : pass.problems.getFirst().describe();
                updateImport(newId, status, counts, pass.problemCount, msg);
                return newId;
            });
        }
        return result(id, status, job, source, sha256, pass, counts);
    }

    private ImportResult result(Long id, ImportStatus status, Job job, String source, String sha256, Pass pass,
                                ImportCounts counts) {
        return new ImportResult(id, status, job.fileName(), sha256, job.profile().name(), source, counts,
                pass.problemCount, pass.problems, pass.firstRows, pass.headerMatches,
                pass.newTeams.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    private Long insertImport(Job job, String source, String sha256, long size, LocalDateTime startedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO case_import (started_at, username, channel, file_name, sha256,"
                    + " size_bytes, profile_name, source, status, council_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)",
                    new String[] {"id"});
            ps.setTimestamp(1, Timestamp.valueOf(startedAt));
            ps.setString(2, truncate(job.username(), 120));
            ps.setString(3, job.channel());
            ps.setString(4, truncate(job.fileName(), 255));
            ps.setString(5, sha256);
            ps.setLong(6, size);
            ps.setString(7, job.profile().name());
            ps.setString(8, source);
            ps.setLong(9, job.councilId());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private void updateImport(Long id, ImportStatus status, ImportCounts c, int problems, String message) {
        jdbc.update("UPDATE case_import SET finished_at = ?, status = ?, rows_read = ?, created_count = ?, updated_count = ?,"
                        + " unchanged_count = ?, rejected_count = ?, problem_count = ?, message = ?"
                        + " WHERE id = ? AND council_id = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)), status.name(), c.rowsRead(), c.created(), c.updated(),
                c.unchanged(), c.rejected(), problems, truncate(message, 1000), id,
                CouncilScope.current().orElseThrow());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops reading: a whole-file problem, a limit, or a cancel. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** One streaming pass over the file: header matching, mapping, validation, and batched writing. */
    private final class Pass implements TableReader.RowSink {
        private final Job job;
        private final ImportControl control;
        private final Set<String> knownTeams = new HashSet<>();
        /** The teams table: a name or alias there is a known team ("Assessment Team North" for "North Assessment Team"). */
        private org.caseaudit.security.TeamDirectory teamDirectory = org.caseaudit.security.TeamDirectory.empty();
        private final Map<String, String> newTeams = new HashMap<>();
        private final Map<String, Integer> references = new HashMap<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<CaseData> firstRows = new ArrayList<>();
        private List<ImportResult.HeaderMatch> headerMatches = List.of();
        private final List<CaseData> buffer = new ArrayList<>();
        private final LocalDate today;
        private RowMapper mapper;
        private TableReader reader;
        private CaseWriter writer;
        private int problemCount;
        private int rowsRead;
        private int rejectedRows;

        Pass(Job job, String source, ImportControl control) {
            this.job = job;
            this.control = control;
            this.today = LocalDate.now(clock);
        }

        void fatal(ImportProblem p) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(p);
            }
        }

        ImportCounts counts(ImportStatus status) {
            if (status == ImportStatus.COMMITTED || status == ImportStatus.PREVIEWED) {
                return writer == null ? new ImportCounts(rowsRead, 0, 0, 0, rejectedRows)
                        : new ImportCounts(rowsRead, writer.created(), writer.updated(), writer.unchanged(), rejectedRows);
            }
            return new ImportCounts(rowsRead, 0, 0, 0, status == ImportStatus.REJECTED ? Math.max(rejectedRows, 0) : 0);
        }

        void execute(CaseWriter w) {
            this.writer = w;
            jdbc.query("SELECT name FROM case_team WHERE council_id = ?", rs -> {
                knownTeams.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }, job.councilId());
            if (teams != null) {
                teamDirectory = teams.directory();
            }
            try {
                FileKind kind = FileSniffer.sniff(job.file(), job.fileName());
                reader = kind == FileKind.CSV ? new CsvTableReader(job.file(), job.fileName())
                        : new XlsxTableReader(job.file(), job.fileName());
                reader.read(this);
                if (mapper == null) {
                    fatal(ImportProblem.file("File '" + job.fileName() + "' has no header row."));
                } else if (rowsRead == 0 && problemCount == 0) {
                    fatal(ImportProblem.file("File '" + job.fileName() + "' has a header but no data rows."));
                }
                if (!job.commit()) {
                    flush(w);
                }
                control.report(rowsRead, 1.0);
            } catch (RejectedFileException e) {
                fatal(e.problem());
            } catch (Stop e) {
                // reason already recorded (problem or cancel)
            }
        }

        void flush(CaseWriter w) {
            w.write(buffer);
            buffer.clear();
        }

        void addTeams() {
            if (!newTeams.isEmpty()) {
                jdbc.batchUpdate("INSERT IGNORE INTO case_team (name, council_id) VALUES (?, ?)",
                        newTeams.values().stream().map(n -> new Object[] {n, job.councilId()}).toList());
                if (teams != null) {
                    teams.addUnknown(newTeams.values());
                }
            }
        }

        @Override
        public void header(int rowNumber, List<String> cells) {
            HeaderMatcher.Result result = HeaderMatcher.match(job.profile(), cells);
            headerMatches = result.matches();
            if (!result.problems().isEmpty()) {
                result.problems().forEach(this::fatal);
                throw new Stop();
            }
            try {
                mapper = new RowMapper(job.profile(), cells, result.fieldByColumn(), today);
            } catch (IllegalArgumentException e) {
                fatal(ImportProblem.file("Profile '" + job.profile().name() + "': " + e.getMessage()));
                throw new Stop();
            }
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (control.cancelled()) {
                throw new Stop();
            }
            rowsRead++;
            if (rowsRead > properties.maxRows()) {
                rowsRead--;
                fatal(ImportProblem.file("File '" + job.fileName() + "' has more than " + properties.maxRows()
                        + " data rows (caseaudit.import.max-rows); split it or raise the limit."));
                throw new Stop();
            }
            RowMapper.Mapped mapped = mapper.map(rowNumber, cells);
            List<ImportProblem> rowProblems = new ArrayList<>(mapped.problems());
            CaseData data = mapped.data();
            if (data != null) {
                checkReference(rowNumber, data, rowProblems);
                checkTeam(rowNumber, data, rowProblems);
            }
            if (!rowProblems.isEmpty()) {
                rejectedRows++;
                rowProblems.forEach(this::fatal);
            } else {
                if (firstRows.size() < PREVIEW_ROWS) {
                    firstRows.add(data);
                }
                if (problemCount == 0 || !job.commit()) {
                    buffer.add(data);
                    if (buffer.size() >= properties.batchSize()) {
                        flush(writer);
                    }
                } else {
                    buffer.clear();
                }
            }
            if ((rowsRead & 255) == 0) {
                control.report(rowsRead, reader.progress());
            }
        }

        private void checkReference(int rowNumber, CaseData data, List<ImportProblem> rowProblems) {
            if (data.caseReference() == null) {
                return;
            }
            Integer earlier = references.putIfAbsent(data.caseReference().toLowerCase(Locale.ROOT), rowNumber);
            if (earlier != null) {
                rowProblems.add(new ImportProblem(rowNumber, headingOf(org.caseaudit.cases.CaseField.CASE_REFERENCE),
                        "case_reference", "duplicate case reference '" + data.caseReference() + "' (first on row "
                        + earlier + ")"));
            }
        }

        private void checkTeam(int rowNumber, CaseData data, List<ImportProblem> rowProblems) {
            String team = data.team();
            if (team == null || teamDirectory.knows(team) || knownTeams.contains(team.toLowerCase(Locale.ROOT))) {
                return;
            }
            if (job.options() != null && job.options().acceptNewTeams()) {
                newTeams.putIfAbsent(team.toLowerCase(Locale.ROOT), team);
            } else {
                rowProblems.add(new ImportProblem(rowNumber, headingOf(org.caseaudit.cases.CaseField.TEAM), "team",
                        "unknown team '" + team + "': no team has this name or alias (if it is a new team, tick 'Add "
                                + "teams not yet known' and import again, or add the name as an alias under Teams)"));
            }
        }

        private String headingOf(org.caseaudit.cases.CaseField field) {
            return headerMatches.stream().filter(m -> m.field() == field).map(ImportResult.HeaderMatch::column)
                    .findFirst().orElse("");
        }
    }
}
