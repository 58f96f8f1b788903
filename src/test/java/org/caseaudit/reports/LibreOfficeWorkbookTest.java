package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.reports.WorkbookFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet client accepts the workbooks: LibreOffice headless converts each to CSV. Skipped, saying so, where
 * LibreOffice is not installed ({@code apt-get install libreoffice-calc}).
 */
@Tag("external")
class LibreOfficeWorkbookTest {

    static Optional<Path> soffice() {
        return Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice",
                "/opt/libreoffice/program/soffice").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Test
    void libreoffice_opens_the_results_and_action_plan_workbooks(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = soffice();
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed here: the workbooks were not opened "
                + "in a real client (install libreoffice-calc to run this check)");
        Path results = dir.resolve("results.xlsx");
        Files.write(results, bytes(out -> ResultsWorkbookRenderer.write(ResultsWorkbook.build(context(false), results(),
                Optional.of(sample()), compliance(), ANONYMISER), out)));
        Path plan = dir.resolve("plan.xlsx");
        Files.write(plan, bytes(ActionPlanWorkbook.build("Test", ActionPlanWorkbookTest.inputs(),
                ActionPlanWorkbookTest.STATUSES, false, "OFFICIAL-SENSITIVE", "lead", AT)::write));
        for (Path file : new Path[] {results, plan}) {
            Process p = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                    "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "csv", "--outdir",
                    dir.toString(), file.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            Path csv = dir.resolve(file.getFileName().toString().replace(".xlsx", ".csv"));
            assertThat(csv).exists();
            assertThat(Files.readString(csv)).isNotBlank();
        }
    }
}
