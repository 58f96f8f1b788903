package org.caseaudit.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

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

    /** Jasper's setting for the class path its javac compiles a report's expressions against. */
    static final String COMPILER_CLASS_PATH = "net.sf.jasperreports.compiler.classpath";

    public static List<Path> compileAll(Path sources, Path target) throws IOException {
        Files.createDirectories(target);
        JasperCompileManager compiler = JasperCompileManager.getInstance(expressionsContext());
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            try {
                compiler.compileToFile(template.toString(), target.resolve(name).toString());
            } catch (JRException | RuntimeException e) {
                throw new IllegalStateException("Report template " + template + " does not compile: "
                        + e.getMessage(), e);
            }
        }
        return templates;
    }

    /**
     * The expressions of the templates use Jasper's and the JDK's classes only, so javac is given Jasper's jar (and
     * Jackson's annotations, which Jasper's classes carry) as its class path rather than the whole of the
     * application's (Jasper's default, {@code java.class.path}): javac indexed every jar of it again for each template,
     * most of the step's CPU. An expression that needs another class fails to compile here, naming it; a class path
     * set as the system property is kept.
     */
    private static SimpleJasperReportsContext expressionsContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        if (System.getProperty(COMPILER_CLASS_PATH) == null) {
            try {
                context.setProperty(COMPILER_CLASS_PATH, jarOf(JasperCompileManager.class) + java.io.File.pathSeparator
                        + jarOf(Class.forName("com.fasterxml.jackson.annotation.JsonInclude")));
            } catch (ReflectiveOperationException | java.net.URISyntaxException | RuntimeException e) {
                // leave Jasper's default: the whole class path
            }
        }
        return context;
    }

    private static String jarOf(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
