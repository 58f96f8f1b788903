package org.caseaudit.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.caseaudit.templates.TemplateStore.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the template files at start-up: first those packaged in the jar ({@code classpath:audit-templates/}), then
 * those in the folder {@code caseaudit.templates.path} (default {@code audit-templates} in the working directory), so
 * a council can add templates beside the jar. Each file is stored in its own transaction. A bad file, or a changed
 * file with a stored version number, is logged as an error and skipped: the stored versions stay and the application
 * starts.
 */
@Component
class TemplateStartupLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TemplateStartupLoader.class);
    static final String SYSTEM_USER = "system";
    /**
     * Sub-folder of earlier versions still shipped (e.g. {@code s47-enquiry.v1.yaml}), stored before the current ones.
     */
    static final String EARLIER = "earlier-versions";

    /** What one load did: versions stored, files already stored unchanged, and the refusals with their messages. */
    record LoadReport(List<String> stored, int unchanged, List<String> refused) {
    }

    private final TemplateParser parser;
    private final TemplateStore store;
    private final Path folder;

    TemplateStartupLoader(TemplateParser parser, TemplateStore store,
            @Value("${caseaudit.templates.path:audit-templates}") Path folder) {
        this.parser = parser;
        this.store = store;
        this.folder = folder;
    }

    @Override
    public int getOrder() {
        // Before demo data, which may start audits on these templates.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public void run(ApplicationArguments args) {
        LoadReport report = loadAll();
        log.info("Checklist templates: {} version(s) stored, {} file(s) already stored, {} file(s) refused",
                report.stored().size(), report.unchanged(), report.refused().size());
    }

    LoadReport loadAll() {
        List<String> stored = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int unchanged = 0;
        for (SourceFile file : sourceFiles()) {
            try {
                var result = store.store(parser.parseFile(file.name(), file.content()), "STARTUP", SYSTEM_USER);
                if (result.outcome() == Outcome.STORED) {
                    stored.add(result.version().templateId() + " v" + result.version().version());
                    log.info("Stored checklist template {} version {} from {}", result.version().templateId(),
                            result.version().version(), file.location());
                } else {
                    unchanged++;
                }
            } catch (TemplateValidationException e) {
                refused.add(e.getMessage());
                log.error(
                        "Checklist template file {} refused; the stored versions are kept and the file is ignored:\n{}",
                        file.location(), e.getMessage());
            }
        }
        return new LoadReport(stored, unchanged, refused);
    }

    private record SourceFile(String name, String location, byte[] content) {
    }

    private List<SourceFile> sourceFiles() {
        List<SourceFile> files = new ArrayList<>();
        try {
            // earlier versions first, so a fresh database holds every shipped version in order (audits on them keep
            // working)
            for (String pattern : List.of("classpath*:audit-templates/" + EARLIER + "/*.y*ml",
                    "classpath*:audit-templates/*.y*ml")) {
                Resource[] packaged = new PathMatchingResourcePatternResolver().getResources(pattern);
                Arrays.sort(packaged, Comparator.comparing(r -> String.valueOf(r.getFilename())));
                for (Resource r : packaged) {
                    try (InputStream in = r.getInputStream()) {
                        files.add(new SourceFile(r.getFilename(), r.getDescription(), in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            log.error("Cannot read the packaged checklist templates", e);
        }
        if (!Files.isDirectory(folder)) {
            log.info("No checklist template folder at {}; using the packaged templates only", folder.toAbsolutePath());
            return files;
        }
        for (Path dir : List.of(folder.resolve(EARLIER), folder)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.list(dir)) {
                for (Path p : paths.filter(TemplateStartupLoader::isYaml).sorted().toList()) {
                    files.add(new SourceFile(p.getFileName().toString(), p.toAbsolutePath().toString(),
                            Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                log.error("Cannot read the checklist template folder {}", dir.toAbsolutePath(), e);
            }
        }
        return files;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
