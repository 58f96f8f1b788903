package org.caseaudit.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every {@code .jrxml} in the first folder into a
 * {@code .jasper} in the second. Any broken template fails the build, naming the file.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <source folder> <target folder>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        java.util.logging.Logger.getLogger(ReportCompiler.class.getName())
                .info("Compiled " + compiled.size() + " report(s) into " + args[1]);
    }

    public static List<Path> compileAll(Path sources, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            try {
                JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
            } catch (JRException | RuntimeException e) {
                throw new IllegalStateException("Report template " + template + " does not compile: "
                        + e.getMessage(), e);
            }
        }
        return templates;
    }
}
