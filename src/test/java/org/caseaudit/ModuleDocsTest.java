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
 * exists. Every other package with code (a module's {@code ui}, {@code internal}, ...; the root package) has a
 * {@code package-info.java} too, saying what it owns, so the page a newcomer opens is never missing.
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
            assertNamedDecisionsExist(module, text);
        });
    }

    @Test
    void every_package_with_code_says_what_it_owns() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(ROOT)) {
            packages = dirs.filter(Files::isDirectory).filter(ModuleDocsTest::holdsCode).sorted().toList();
        }
        assertThat(packages).hasSizeGreaterThan(20);
        assertThat(packages).allSatisfy(pkg -> {
            String name = ROOT.relativize(pkg).toString();
            Path info = pkg.resolve("package-info.java");
            assertThat(info).as("package-info of %s", name.isEmpty() ? "the root package" : name).exists();
            String text = Files.readString(info);
            assertThat(text).as("%s says what it owns", name).startsWith("/**\n * ");
            assertNamedDecisionsExist(pkg, text);
        });
    }

    private static boolean holdsCode(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNamedDecisionsExist(Path pkg, String text) throws IOException {
        var named = java.util.regex.Pattern.compile("docs/decisions/(\\d{4})").matcher(text);
        while (named.find()) {
            String number = named.group(1);
            try (Stream<Path> records = Files.list(Path.of("docs/decisions"))) {
                assertThat(records.map(p -> p.getFileName().toString()))
                        .as("%s names decision %s", pkg, number)
                        .anyMatch(name -> name.startsWith(number + "-"));
            }
        }
    }
}
