package org.caseaudit.reports.internal;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTagger;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * Plugs {@link StructureTagger} into JasperReports' PDF exporter: set
 * {@value #PROPERTY} to this class's name in the exporter's JasperReports context and export with
 * {@code tagged = true}. JasperReports instantiates it by name, hence public.
 */
public class StructureTaggerFactory implements PdfTaggerFactory {

    /** JasperReports' property naming the tagger factory (read by {@code JRPdfExporter} when tagging is on). */
    public static final String PROPERTY = "net.sf.jasperreports.export.pdf.tagger.factory";

    @Override
    public PdfTagger createTagger(JRPdfExporter exporter) {
        return new StructureTagger();
    }
}
