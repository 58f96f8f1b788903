package org.caseaudit.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The self-evaluation pack of a period: the three questions an inspector asks, answered from the data (What do we
 * know? How do we know it? What are we doing about it?), each a section of sub-headings, paragraphs, bullets and
 * tables. One record for the PDF ({@code reports/self-evaluation.jrxml}) and the workbook, so both print the same
 * figures. The external (anonymised) version has passed the disclosure control: small counts show as "c", no
 * case-level rows, nobody named.
 */
public record SelfEvaluation(String title, String subtitle, String marking, boolean anonymised, String statement,
                             String generated, LocalDate from, LocalDate to, List<Section> sections) {

    public SelfEvaluation {
        sections = List.copyOf(sections);
    }

    /** The three questions, in the order printed. */
    public static final List<String> QUESTIONS = List.of("1  What do we know?", "2  How do we know it?",
            "3  What are we doing about it?");

    public Section section(int index) {
        return sections.get(index);
    }

    /** One of the three questions and what answers it. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a block is: a sub-heading, a paragraph, a bullet, or a table (header and rows of up to six cells). */
    public enum Kind { SUBHEADING, PARAGRAPH, BULLET, TABLE }

    public record Block(Kind kind, String text, List<String> header, List<List<String>> rows) {

        public Block {
            header = header == null ? List.of() : List.copyOf(header);
            rows = rows == null ? List.of() : rows.stream().map(r -> java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(r))).toList();
            int width = header.size();
            if (kind == Kind.TABLE && (!SelfEvaluationRows.WIDTHS.contains(width)
                    || rows.stream().anyMatch(r -> r.size() != width))) {
                throw new IllegalArgumentException("A table has " + SelfEvaluationRows.WIDTHS
                        + " columns and every row as many cells as its header: " + text);
            }
        }

        static Block subheading(String text) {
            return new Block(Kind.SUBHEADING, text, null, null);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, null, null);
        }

        static Block bullet(String text) {
            return new Block(Kind.BULLET, text, null, null);
        }

        /** A table; {@code caption} names it (the workbook's sheet heading), {@code header} its column headings. */
        static Block table(String caption, List<String> header, List<List<String>> rows) {
            return new Block(Kind.TABLE, caption, header, rows);
        }

        static List<String> row(String... cells) {
            return Arrays.asList(cells);
        }
    }
}
