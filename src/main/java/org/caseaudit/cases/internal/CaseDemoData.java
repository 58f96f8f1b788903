package org.caseaudit.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseExportWriter;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.ImportControl;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.SyntheticCaseGenerator;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.SecondDemoCouncil;
import org.caseaudit.shared.council.CouncilScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 600 synthetic cases over the last 14 months (seed 2026), imported through the real import path as a
 * Mosaic-shaped export, so demo data exercises the same code as a council's file. Skipped when cases exist. Then, the
 * same way inside its council's scope, Southvale's smaller register ({@link SecondDemoCouncil}: its own seed,
 * references and teams), when that council exists and has no cases yet.
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
        if (existing == null || existing == 0) {
            jdbc.batchUpdate("INSERT IGNORE INTO case_team (council_id, name) VALUES (?, ?)",
                    SyntheticCaseGenerator.TEAMS.stream().map(t -> new Object[] {councilId, t}).toList());
            importCases(mosaicProfile(), ImportOptions.defaults(), "system",
                    new SyntheticCaseGenerator(SEED, LocalDate.now(clock), 14).iterator(CASES));
        }
        SecondDemoCouncil.id(jdbc).ifPresent(southvale -> CouncilScope.run(southvale, () -> {
            Integer own = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE council_id = ?", Integer.class,
                    southvale);
            if (own == null || own == 0) {
                Iterator<CaseData> cases = new SyntheticCaseGenerator(SecondDemoCouncil.SEED, LocalDate.now(clock), 14,
                        SecondDemoCouncil.REFERENCE_PREFIX).iterator(SecondDemoCouncil.CASES);
                // a council's first file, imported by its audit lead: its teams are new ("Add teams not yet known")
                Iterator<CaseData> renamed = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return cases.hasNext();
                    }

                    @Override
                    public CaseData next() {
                        return withTeam(cases.next());
                    }
                };
                // through Southvale's own copy of the shipped profile (a new council gets one, decision 0029)
                RunAs.run(SecondDemoCouncil.LEAD, () -> importCases(mosaicProfile(), new ImportOptions(null, true),
                        SecondDemoCouncil.LEAD, renamed), Roles.AUDIT_LEAD);
            }
        }));
    }

    /** The current council's Mosaic-shaped profile (every council has the shipped profiles, decision 0029). */
    private MappingProfile mosaicProfile() {
        return profiles.findByNameIgnoreCase(ExportShape.MOSAIC_LIKE.profileName()).orElseThrow().toRecord();
    }

    /** The case with its team renamed as Southvale names its teams. */
    private static CaseData withTeam(CaseData c) {
        return new CaseData(c.caseReference(), c.childReference(),
                SecondDemoCouncil.TEAMS.getOrDefault(c.team(), c.team()), c.socialWorker(), c.teamManager(),
                c.referralDate(), c.referralSource(), c.referralDecisionDate(), c.strategyDiscussionDates(),
                c.s47StartDate(), c.s47Outcome(), c.s47EndDate(), c.icpcDate(), c.cfaStartDate(),
                c.cfaCompletionDate(), c.firstCoreGroupDate(), c.consentSought(), c.consentSoughtDate(),
                c.sharedWithoutConsent(), c.consentAuthorisedDate(), c.chronologyOnFile(),
                c.chronologyUpdatedDate(), c.managementOversightDate(), c.referrerInformedDate(),
                c.childrenInHousehold());
    }

    /** Imports the cases through the import engine into the current council, as a council's Mosaic export would. */
    private void importCases(MappingProfile profile, ImportOptions options, String who, Iterator<CaseData> cases) {
        Path file = null;
        try {
            file = Files.createTempFile("caseaudit-demo-", ".csv");
            CaseExportWriter.writeShape(cases, ExportShape.MOSAIC_LIKE, file);
            ImportResult result = engine.run(new ImportEngine.Job(file, "demo-mosaic-export.csv", profile,
                    options, true, who, "DEMO", new ImportControl()));
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
