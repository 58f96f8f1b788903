package org.caseaudit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import org.caseaudit.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The journeys run the application as it ships: Vaadin in production mode on the committed production bundle
 * (decision 0030). {@code vaadin:build-frontend} (prepare-package) reuses {@code src/main/bundles/prod.bundle} only when
 * it holds everything the views use; otherwise it builds a new one with npm and Vite (Node 24+) and writes it over the
 * committed file. So this fails when the journeys would test something other than the committed bundle: development
 * mode, or a bundle the build had to rebuild because the committed one was stale. Same annotations as the journeys, so
 * it shares their application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoDataTest.DEMO_DATA)
@ActiveProfiles("test")
class ProductionFrontendIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ServletContext servletContext;

    @LocalServerPort
    int port;

    @Test
    void the_application_runs_in_production_mode() {
        assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode())
                .as("Vaadin's mode in the journeys' application: production needs vaadin:build-frontend to have run"
                        + " (prepare-package), e.g. ./mvnw verify, not an IDE run of the test")
                .isTrue();
    }

    @Test
    void the_bundle_served_is_the_committed_one_reused_as_it_is() throws IOException {
        JsonNode served = classPathStats();
        assertThat(served.path("pre-compiled").asBoolean(false))
                .as("the build rebuilt the frontend bundle instead of reusing src/main/bundles/prod.bundle: the"
                        + " committed bundle is stale. Commit the prod.bundle the build wrote, and a dev.bundle"
                        + " rebuilt with it (docs/testing.md, \"Frontend bundles\")")
                .isTrue();
        JsonNode committed = committedStats();
        assertThat(served.path("packageJsonHash")).isEqualTo(committed.path("packageJsonHash"));
        assertThat(served.path("bundleImports")).isEqualTo(committed.path("bundleImports"));
        assertThat(served.path("frontendHashes")).isEqualTo(committed.path("frontendHashes"));
    }

    @Test
    void pages_load_the_minified_production_script() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher script = Pattern.compile("src=\"\\.?/?(VAADIN/build/indexhtml-[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page's entry script, in:%n%s", page).isTrue();
        HttpResponse<String> js = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + script.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(js.statusCode()).isEqualTo(200);
        // the development bundle's entry script alone is megabytes of unminified code
        assertThat(js.body().length()).as("size of %s", script.group(1)).isLessThan(1_000_000);
    }

    private static JsonNode classPathStats() throws IOException {
        try (InputStream in = ProductionFrontendIT.class.getResourceAsStream("/META-INF/VAADIN/config/stats.json")) {
            assertThat(in).as("META-INF/VAADIN/config/stats.json on the class path (written by build-frontend)")
                    .isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode committedStats() throws IOException {
        try (ZipFile zip = new ZipFile(Path.of("src/main/bundles/prod.bundle").toFile());
                InputStream in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return JSON.readTree(in);
        }
    }
}
