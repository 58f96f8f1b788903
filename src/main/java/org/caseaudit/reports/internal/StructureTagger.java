package org.caseaudit.reports.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Writes the structure tree of a tagged PDF (headings, paragraphs, tables with header cells, lists, figures with
 * alternative text, artefacts) from JasperReports' own element properties. JasperReports 7 Community Edition ships
 * the tagging primitives (the OpenPDF structure writer behind {@link PdfStructure}) and the properties, but its
 * default tagger refuses to tag ("tags not supported"); this one is plugged in through JasperReports' extension
 * point {@code net.sf.jasperreports.export.pdf.tagger.factory}.
 * <p>
 * Properties read from the report elements (see {@code docs/accessible-reports.md}):
 * <ul>
 * <li>{@code net.sf.jasperreports.export.accessibility.tag} = {@code h1} … {@code h6} (a heading), {@code artifact}
 * (decoration, page headers and footers: not read out), {@code column_header} / {@code row_header} (a header cell;
 * on a row frame: every cell of the row), {@code table} (on a row frame: this row starts a new table);</li>
 * <li>{@code net.sf.jasperreports.export.pdf.tag.tr} = {@code full} on a frame: one table row; its texts are
 * cells ({@code TD} unless a header). Consecutive rows form one table, closed by the next element that is not a
 * row, or at the end of the page (each page's part of a table is a table with its own repeated header row);</li>
 * <li>{@code net.sf.jasperreports.export.pdf.tag.li} = {@code full} on a frame: one list item, consecutive items
 * one list; {@code net.sf.jasperreports.export.pdf.tag.lbl} = {@code full} on its bullet;</li>
 * <li>an image's hyperlink tooltip is its alternative text (as in JasperReports' HTML export); an image without
 * one that is not an artefact is a figure without alternative text, which validation reports.</li>
 * </ul>
 * Any other text is a paragraph ({@code P}). Lines, rectangles, ellipses, backgrounds and borders are artefacts
 * (the exporter marks them). The reading order is the order of the elements on the page, as printed.
 */
public class StructureTagger implements PdfTagger {

    static final String TAG_TR = "net.sf.jasperreports.export.pdf.tag.tr";
    static final String FULL = "full";

    private enum Opened { NOTHING, ARTIFACT, CONTAINER }

    /** A structure element that elements nest in; {@code owner} null for a table or list opened by its rows. */
    private record Node(PdfStructureEntry entry, String role, JRPrintElement owner, String cellRole) {
    }

    private String language;
    private PdfStructure structure;
    private PdfStructureEntry document;
    private final Deque<Node> nodes = new ArrayDeque<>();
    private final Deque<Opened> opened = new ArrayDeque<>();
    private int artifactDepth;
    private JRPrintText text;
    private String textRole;
    private PdfStructureEntry textEntry;
    private boolean textOpen;
    private boolean imageOpen;

    @Override
    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public void setPdfProducer(PdfProducer producer) {
        this.structure = producer.getPdfStructure();
    }

    @Override
    public void init() {
        document = structure.createDocumentTag(language);
    }

    @Override
    public void startPage() {
        nodes.clear();
    }

    @Override
    public void endPage() {
        nodes.clear();
    }

    @Override
    public void startElement(JRPrintElement element) {
        String tag = property(element, AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
        if ("artifact".equals(tag)) {
            structure.beginArtifact();
            artifactDepth++;
            opened.push(Opened.ARTIFACT);
            return;
        }
        if (artifactDepth > 0) {
            opened.push(Opened.NOTHING);
            return;
        }
        boolean row = element instanceof JRPrintFrame && FULL.equals(property(element, TAG_TR));
        boolean item = element instanceof JRPrintFrame && FULL.equals(property(element, PROPERTY_TAG_LI));
        closeImplicit(row ? "Table" : item ? "L" : null, row && ("table".equals(tag) || "column_header".equals(tag)));
        if (row || item) {
            String container = row ? "Table" : "L";
            if (nodes.isEmpty() || !container.equals(nodes.peek().role()) || nodes.peek().owner() != null) {
                nodes.push(new Node(structure.createTag(parent(), container), container, null, null));
            }
            String role = row ? "TR" : "LI";
            String cellRole = row ? ("column_header".equals(tag) || "row_header".equals(tag) ? tag : null) : null;
            nodes.push(new Node(structure.createTag(parent(), role), role, element, cellRole));
            opened.push(Opened.CONTAINER);
            return;
        }
        opened.push(Opened.NOTHING);
        if (element instanceof JRPrintText printText) {
            text = printText;
            textRole = role(element, tag);
            textEntry = null;
            if (textRole.equals("TD") || textRole.equals("TH")) {
                textEntry();
            }
        }
    }

    @Override
    public void endElement(JRPrintElement element) {
        Opened what = opened.isEmpty() ? Opened.NOTHING : opened.pop();
        if (what == Opened.ARTIFACT) {
            structure.endArtifact();
            artifactDepth--;
        } else if (what == Opened.CONTAINER) {
            while (!nodes.isEmpty()) {
                Node node = nodes.pop();
                if (node.owner() == element) {
                    break;
                }
            }
        }
        if (element == text) {
            text = null;
            textEntry = null;
        }
    }

    @Override
    public void beginArtifact() {
        structure.beginArtifact();
    }

    @Override
    public void endArtifact() {
        structure.endArtifact();
    }

    @Override
    public void startImage(JRPrintImage image, float x, float y, float width, float height) {
        if (artifactDepth > 0) {
            imageOpen = false;
            return;
        }
        PdfStructureEntry figure = structure.createTag(parent(), "Figure");
        if (image.getHyperlinkTooltip() != null && !image.getHyperlinkTooltip().isBlank()) {
            figure.putString("Alt", image.getHyperlinkTooltip());
        }
        structure.beginTag(figure, null);
        imageOpen = true;
    }

    @Override
    public void endImage() {
        if (imageOpen) {
            structure.endTag();
            imageOpen = false;
        }
    }

    @Override
    public void startText(JRPrintText printText) {
        startText(printText, null);
    }

    @Override
    public void startText(JRPrintText printText, String actualText) {
        if (artifactDepth > 0) {
            textOpen = false;
            return;
        }
        if (printText != text) {
            text = printText;
            textRole = role(printText, property(printText, AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG));
            textEntry = null;
        }
        PdfStructureEntry entry = textEntry();
        if (actualText == null) {
            structure.beginTag(entry, null);
        } else {
            structure.beginTag(entry, null, actualText);
        }
        textOpen = true;
    }

    @Override
    public void endText() {
        if (textOpen) {
            structure.endTag();
            textOpen = false;
        }
    }

    @Override
    public boolean isFirstLinkParagraph() {
        return false;
    }

    @Override
    public PdfStructureEntry getCurrentLinkTag() {
        return null;
    }

    @Override
    public StyledTextListWriter getListWriter() {
        return NO_LISTS;
    }

    private PdfStructureEntry textEntry() {
        if (textEntry == null) {
            textEntry = structure.createTag(parent(), textRole);
            if ("TH".equals(textRole)) {
                Node row = nodes.peek();
                String tag = property(text, AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
                boolean rowHeader = "row_header".equals(tag) || (tag == null && row != null
                        && "row_header".equals(row.cellRole()));
                textEntry.setScope(rowHeader ? "Row" : "Column");
            }
        }
        return textEntry;
    }

    private String role(JRPrintElement element, String tag) {
        if (tag != null && tag.matches("h[1-6]")) {
            return "H" + tag.charAt(1);
        }
        Node container = nodes.peek();
        if (container != null && "TR".equals(container.role())) {
            boolean header = "column_header".equals(tag) || "row_header".equals(tag)
                    || (tag == null && container.cellRole() != null);
            return header ? "TH" : "TD";
        }
        if (container != null && "LI".equals(container.role())) {
            return FULL.equals(property(element, PROPERTY_TAG_LBL)) ? "Lbl" : "LBody";
        }
        return "P";
    }

    /** Closes a table or list opened by its rows when an element arrives that is not one of its rows. */
    private void closeImplicit(String keep, boolean startNew) {
        if (!nodes.isEmpty() && nodes.peek().owner() == null
                && (startNew || keep == null || !keep.equals(nodes.peek().role()))) {
            nodes.pop();
        }
    }

    private PdfStructureEntry parent() {
        return nodes.isEmpty() ? document : nodes.peek().entry();
    }

    private static String property(JRPrintElement element, String name) {
        return element.hasProperties() ? element.getPropertiesMap().getProperty(name) : null;
    }

    private static final StyledTextListWriter NO_LISTS = new StyledTextListWriter() {
        @Override
        public void startUl() {
        }

        @Override
        public void endUl() {
        }

        @Override
        public void startOl(String type, int cutStart) {
        }

        @Override
        public void endOl() {
        }

        @Override
        public void startLi(boolean noBullet) {
        }

        @Override
        public void endLi() {
        }
    };
}
