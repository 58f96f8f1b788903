package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The structure tree of a tagged PDF as a screen reader walks it: every structure element in tree order with its
 * type, its own text (from the marked content it owns) and its attributes of interest. Read with PDFBox.
 */
record StructureTree(List<Element> elements) {

    /** One structure element: type (H1, P, Table, TR, TH, TD, Figure, ...), depth, text, Alt and table scope. */
    record Element(String type, int depth, String text, String alt, String scope) {
    }

    static StructureTree of(PDDocument document) throws Exception {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, byId);
            }
            texts.put(page, byId);
        }
        List<Element> elements = new ArrayList<>();
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root, null, 0, texts, elements);
        }
        return new StructureTree(elements);
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, byId);
            }
        }
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text.toString(), (a, b) -> a + b);
        }
    }

    private static void walk(PDStructureNode node, PDPage page, int depth, Map<PDPage, Map<Integer, String>> texts,
                             List<Element> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage own = element.getPage() != null ? element.getPage() : page;
                StringBuilder text = new StringBuilder();
                for (Object content : element.getKids()) {
                    if (content instanceof Integer mcid && own != null) {
                        text.append(texts.get(own).getOrDefault(mcid, "")).append(' ');
                    } else if (content instanceof PDMarkedContentReference reference) {
                        PDPage refPage = reference.getPage() != null ? reference.getPage() : own;
                        text.append(texts.get(refPage).getOrDefault(reference.getMCID(), "")).append(' ');
                    }
                }
                String scope = null;
                var attributes = element.getCOSObject().getDictionaryObject(COSName.A);
                if (attributes instanceof org.apache.pdfbox.cos.COSDictionary a) {
                    scope = a.getNameAsString("Scope");
                } else if (attributes instanceof org.apache.pdfbox.cos.COSArray array) {
                    for (var item : array) {
                        if (item instanceof org.apache.pdfbox.cos.COSObject o
                                && o.getObject() instanceof org.apache.pdfbox.cos.COSDictionary d) {
                            scope = d.getNameAsString("Scope");
                        } else if (item instanceof org.apache.pdfbox.cos.COSDictionary d) {
                            scope = d.getNameAsString("Scope");
                        }
                    }
                }
                out.add(new Element(element.getStructureType(), depth, text.toString().replaceAll("\\s+", " ").strip(),
                        element.getAlternateDescription(), scope));
                walk(element, own, depth + 1, texts, out);
            }
        }
    }

    List<Element> ofType(String... types) {
        List<String> wanted = List.of(types);
        return elements.stream().filter(e -> wanted.contains(e.type())).toList();
    }

    /** Index of the first element of the type whose text starts with the prefix, or -1. */
    int indexOf(String type, String prefix) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).type().equals(type) && elements.get(i).text().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the tree, indented, to {@code target/report-samples/<name>} for a person to read. */
    void save(String name) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        for (Element e : elements) {
            out.append("  ".repeat(e.depth())).append(e.type()).append(e.scope() == null ? "" : "[" + e.scope() + "]")
                    .append(e.alt() == null ? "" : " alt=\"" + e.alt() + "\"").append(e.text().isEmpty() ? "" : ": "
                    + e.text()).append('\n');
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-samples"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "report-samples", name), out);
    }

    String allText() {
        StringBuilder all = new StringBuilder();
        elements.forEach(e -> all.append(e.text()).append(' '));
        return all.toString();
    }
}
