package org.caseaudit.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.caseaudit.cases.CaseExportWriter;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.ImportControl;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.cases.SyntheticCaseGenerator;
import org.caseaudit.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 600 synthetic cases over the last 14 months (seed 2026), imported through the real import path as a
 * Mosaic-shaped export, so demo data exercises the same code as a council's file. Skipped when cases exist.
 */
@Component
@Order(20)
class CaseDemoData implements DemoData {

    static final long SEED = 2026;
    static final int CASES = 600;
    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    private final ImportEngine engine;
    private final MappingProfileRepository profiles;
    private final JdbcTemplate jdbc;
    private final CurrentCouncil council;
    private final Clock clock;

    CaseDemoData(ImportEngine engine, MappingProfileRepository profiles, JdbcTemplate jdbc, Clock clock,
            CurrentCouncil council) {
        this.council = council;
        this.engine = engine;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        long councilId = council.id();
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE council_id = ?", Integer.class,
                councilId);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.batchUpdate("INSERT IGNORE INTO case_team (council_id, name) VALUES (?, ?)",
                SyntheticCaseGenerator.TEAMS.stream().map(t -> new Object[] {councilId, t}).toList());
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(SEED, LocalDate.now(clock), 14);
        Path file = null;
        try {
            file = Files.createTempFile("caseaudit-demo-", ".csv");
            CaseExportWriter.writeShape(generator.iterator(CASES), ExportShape.MOSAIC_LIKE, file);
            var profile = profiles.findByNameIgnoreCase(ExportShape.MOSAIC_LIKE.profileName()).orElseThrow().toRecord();
            ImportResult result = engine.run(new ImportEngine.Job(file, "demo-mosaic-export.csv", profile,
                    ImportOptions.defaults(), true, "system", "DEMO", new ImportControl()));
            if (result.status() != ImportStatus.COMMITTED) {
                throw new IllegalStateException("Demo cases were rejected: " + result.problems());
            }
            log.info("Demo cases loaded: {}", result.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete {}", file, e);
                }
            }
        }
    }
}
