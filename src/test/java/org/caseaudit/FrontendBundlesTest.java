package org.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.vaadin.flow.server.frontend.BundleValidationUtil;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The two committed frontend bundles are built from the same frontend (decision 0030): the journeys and the jar run
 * on {@code src/main/bundles/prod.bundle}, which {@code vaadin:build-frontend} checks against the views at every
 * build ({@code ProductionFrontendIT} then checks that it was reused as committed), while
 * {@code ./mvnw spring-boot:run} runs on {@code dev.bundle}, which no test opens a page on any more. So the
 * development bundle must hold everything the production bundle holds, built from the same package.json and the same
 * files under {@code frontend/}; a bundle rebuilt alone fails here with what to do. No Node, no Spring: the bundles'
 * own stats.json files, which is what Vaadin compares too.
 */
class FrontendBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/bundles");
    private static final String REBUILD = " Rebuild both bundles with Node 24+ on the PATH and commit them"
            + " (docs/testing.md, \"Frontend bundles\").";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothBundlesAreBuiltFromTheSamePackageJson() throws IOException {
        JsonNode prod = stats("prod.bundle");
        JsonNode dev = stats("dev.bundle");
        String packageJsonHash = JSON.readTree(Path.of("package.json").toFile()).path("vaadin").path("hash")
                .asString();
        assertThat(prod.path("packageJsonHash").asString())
                .as("prod.bundle was built from another package.json." + REBUILD).isEqualTo(packageJsonHash);
        assertThat(dev.path("packageJsonHash").asString())
                .as("dev.bundle was built from another package.json." + REBUILD).isEqualTo(packageJsonHash);
    }

    @Test
    void theDevelopmentBundleHoldsEveryImportOfTheProductionBundle() throws IOException {
        List<String> devImports = strings(stats("dev.bundle").path("bundleImports"));
        List<String> prodImports = strings(stats("prod.bundle").path("bundleImports"));
        assertThat(prodImports).as("the production bundle's imports").isNotEmpty();
        List<String> missing = new ArrayList<>(prodImports);
        missing.removeAll(devImports);
        assertThat(missing).as("imports the views use (they are in prod.bundle) that dev.bundle lacks." + REBUILD)
                .isEmpty();
    }

    @Test
    void bothBundlesHoldTheCurrentFilesUnderFrontend() throws IOException {
        JsonNode prod = stats("prod.bundle").path("frontendHashes");
        JsonNode dev = stats("dev.bundle").path("frontendHashes");
        // the project's own frontend code (the chart component): Vaadin hashes each file it bundled
        try (var files = Files.walk(Path.of("frontend/components"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = Path.of("frontend").relativize(file).toString().replace('\\', '/');
                String hash = BundleValidationUtil.calculateHash(Files.readString(file));
                assertThat(prod.path(name).asString()).as("prod.bundle holds an older " + file + "." + REBUILD)
                        .isEqualTo(hash);
                assertThat(dev.path(name).asString()).as("dev.bundle holds an older " + file + "." + REBUILD)
                        .isEqualTo(hash);
            }
        }
    }

    private static JsonNode stats(String bundle) throws IOException {
        Path file = BUNDLES.resolve(bundle);
        assertThat(file).as("committed bundle").exists();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("config/stats.json");
            assertThat(entry).as(bundle + " has config/stats.json").isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return JSON.readTree(in);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
