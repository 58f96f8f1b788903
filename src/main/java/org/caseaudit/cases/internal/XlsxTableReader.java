package org.caseaudit.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.caseaudit.shared.CountingInputStream;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first worksheet of an .xlsx with POI's event API (SAX), keeping POI's zip-bomb limits. Rejects
 * macro-enabled workbooks (by content type, whatever the extension) and any XML part that declares a DOCTYPE.
 * Formulas are never evaluated: a formula cell yields its cached text. Date-formatted numbers become ISO dates.
 */
final class XlsxTableReader implements TableReader {

    private static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    private final Path file;
    private final String fileName;
    private volatile CountingInputStream counter;
    private volatile long sheetSize = -1;

    XlsxTableReader(Path file, String fileName) {
        this.file = file;
        this.fileName = fileName;
    }

    @Override
    public double progress() {
        CountingInputStream c = counter;
        return c == null || sheetSize <= 0 ? -1 : Math.min(1.0, (double) c.count() / sheetSize);
    }

    @Override
    public void read(RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            checkStructure(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new RejectedFileException("Workbook '" + fileName + "' has no worksheet.");
            }
            try (InputStream sheet = sheets.next()) {
                PackagePart part = sheets.getSheetPart();
                sheetSize = part == null ? -1 : part.getSize();
                counter = new CountingInputStream(sheet);
                XMLReader xml = XMLHelper.newXMLReader();
                RowCollector collector = new RowCollector(sink);
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                        new IsoDateFormatter(), false));
                xml.parse(new InputSource(counter));
                if (!collector.headerSeen) {
                    throw new RejectedFileException("Workbook '" + fileName + "' has no header row on its first sheet.");
                }
            }
        } catch (StopReading e) {
            throw e.original;
        } catch (RejectedFileException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof RejectedFileException r) {
                throw r;
            }
            throw translate(e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            if (e instanceof SAXException s && s.getException() instanceof StopReading r) {
                throw r.original;
            }
            throw translate(e);
        }
    }

    private void checkStructure(OPCPackage pkg) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject") || name.endsWith("vbaproject.bin")) {
                throw new RejectedFileException("Workbook '" + fileName
                        + "' contains macros (a macro-enabled .xlsm workbook). Save it as .xlsx without macros.");
            }
            // POI parsed the core properties itself, with DOCTYPE disallowed; its stream is not readable again.
            if (type.endsWith("xml") && !(part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart)) {
                rejectDoctype(part);
            }
        }
        boolean spreadsheet = pkg.getParts().stream()
                .anyMatch(p -> p.getContentType().equals(SHEET_MAIN) || p.getContentType().equals(TEMPLATE_MAIN));
        if (!spreadsheet) {
            throw new RejectedFileException("File '" + fileName
                    + "' is an Office package but not an Excel workbook (for example a Word document renamed .xlsx).");
        }
    }

    /** Reads each XML part only up to its root element: a DOCTYPE there is how XXE and entity bombs arrive. */
    private void rejectDoctype(PackagePart part) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new RejectedFileException("Workbook '" + fileName + "' contains an XML part ("
                                + part.getPartName().getName() + ") with a DOCTYPE declaration, which is not accepted "
                                + "(it can hide external entities).");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw translate(e);
        }
    }

    private RejectedFileException translate(Exception e) {
        String all = messages(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("inflate ratio") || lower.contains("max entry size")
                || lower.contains("zip") && lower.contains("exceed")) {
            return new RejectedFileException("Workbook '" + fileName + "' expands far beyond its size (a possible zip "
                    + "bomb) and was rejected.", e);
        }
        if (lower.contains("doctype")) {
            return new RejectedFileException("Workbook '" + fileName
                    + "' contains an XML part with a DOCTYPE declaration, which is not accepted.", e);
        }
        if (lower.contains("encrypt") || lower.contains("password")) {
            return new RejectedFileException("Workbook '" + fileName + "' is password-protected (encrypted).", e);
        }
        return new RejectedFileException("Workbook '" + fileName + "' could not be read as .xlsx: " + all, e);
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                sb.append(sb.isEmpty() ? "" : " / ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    /** Carries an exception thrown by the sink (limits, cancel, database) through the SAX parser unchanged. */
    private static final class StopReading extends RuntimeException {
        private final RuntimeException original;

        StopReading(RuntimeException original) {
            super(original);
            this.original = original;
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private boolean anyValue;
        private int headerWidth;

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            anyValue = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (!anyValue) {
                return;
            }
            // Excel omits trailing empty cells: pad to the header's width so only real extra cells count as ragged.
            while (headerSeen && cells.size() < headerWidth) {
                cells.add("");
            }
            List<String> copy = new ArrayList<>(cells);
            try {
                if (!headerSeen) {
                    headerSeen = true;
                    headerWidth = copy.size();
                    sink.header(rowNum + 1, copy);
                } else {
                    sink.row(rowNum + 1, copy);
                }
            } catch (RuntimeException e) {
                throw new StopReading(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() <= col) {
                cells.add("");
            }
            String v = formattedValue == null ? "" : formattedValue;
            cells.set(col, v);
            if (!v.isBlank()) {
                anyValue = true;
            }
        }
    }

    /** Dates as ISO (yyyy-MM-dd), other numbers in plain notation: never a locale- or style-dependent rendering. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dt.toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
