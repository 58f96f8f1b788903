package org.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module (a package directly under {@code org.caseaudit}) says in its {@code package-info.java} what it owns and
 * which decisions shape it (issue 22: a newcomer reads the module's page first), and every decision record it names
 * exists.
 */
class ModuleDocsTest {

    private static final Path ROOT = Path.of("src/main/java/org/caseaudit");

    @Test
    void every_module_has_a_package_info_with_its_decisions() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            modules = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(modules).hasSizeGreaterThanOrEqualTo(10);
        assertThat(modules).allSatisfy(module -> {
            Path info = module.resolve("package-info.java");
            assertThat(info).as("package-info of %s", module.getFileName()).exists();
            String text = Files.readString(info);
            assertThat(text).as("%s says what it owns", module.getFileName()).startsWith("/**\n * ");
            assertThat(text).as("%s names its decisions", module.getFileName()).contains("Decisions");
            var named = java.util.regex.Pattern.compile("docs/decisions/(\\d{4})").matcher(text);
            while (named.find()) {
                String number = named.group(1);
                try (Stream<Path> records = Files.list(Path.of("docs/decisions"))) {
                    assertThat(records.map(p -> p.getFileName().toString()))
                            .as("%s names decision %s", module.getFileName(), number)
                            .anyMatch(name -> name.startsWith(number + "-"));
                }
            }
        });
    }
}
