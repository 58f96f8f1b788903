package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data directories are code: every report template in reports/ compiles. */
class ReportTemplatesTest {

    @Test
    void every_jrxml_in_the_reports_folder_compiles(@TempDir Path target) throws Exception {
        List<Path> compiled = ReportCompiler.compileAll(Path.of("reports"), target);
        assertThat(compiled).isNotEmpty();
        for (Path source : compiled) {
            String name = source.getFileName().toString().replace(".jrxml", ".jasper");
            assertThat(target.resolve(name)).as("compiled %s", source).exists();
            assertThat(Files.size(target.resolve(name))).isPositive();
        }
    }

    @Test
    void a_broken_template_fails_naming_the_file(@TempDir Path folder) throws Exception {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Files.writeString(sources.resolve("broken.jrxml"),
                "<jasperReport name=\"broken\"><title height=\"x\"/></jasperReport>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportCompiler.compileAll(sources,
                folder.resolve("out")))
                .hasMessageContaining("broken.jrxml");
    }
}
