package org.caseaudit.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.springframework.stereotype.Component;

/**
 * Fills a compiled report ({@code classpath:reports/<name>.jasper}, built from {@code reports/<name>.jrxml}) with rows
 * and parameters and exports it to PDF. Compiled reports are loaded once and cached.
 */
@Component
class PdfRenderer {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    byte[] render(String reportName, Map<String, Object> parameters, Collection<Map<String, ?>> rows, String title) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report(reportName), new java.util.HashMap<>(parameters),
                    new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataCreator("Case Audit Workbench");
            configuration.setDisplayMetadataTitle(true);
            exporter.setConfiguration(configuration);
            exporter.setConfiguration(new SimplePdfReportConfiguration());
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Report " + reportName + " could not be produced: " + e.getMessage(), e);
        }
    }

    private JasperReport report(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/reports/" + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("No compiled report reports/" + n + ".jasper on the classpath; "
                            + "build with ./mvnw, which compiles reports/*.jrxml");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Compiled report " + n + " cannot be loaded: " + e.getMessage(), e);
            }
        });
    }
}
