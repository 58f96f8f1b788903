package org.caseaudit.cases.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caseaudit.shared.CountingInputStream;

/**
 * Reads UTF-8 CSV (with or without BOM), comma- or semicolon-separated (detected from the header line), with
 * RFC 4180 quoting. Invalid UTF-8 (e.g. a Windows-1252 export) is rejected rather than silently mangled.
 */
final class CsvTableReader implements TableReader {

    private final Path file;
    private final String fileName;
    private final long size;
    private volatile CountingInputStream counter;

    CsvTableReader(Path file, String fileName) {
        this.file = file;
        this.fileName = fileName;
        try {
            this.size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double progress() {
        CountingInputStream c = counter;
        return c == null || size == 0 ? 0 : Math.min(1.0, (double) c.count() / size);
    }

    @Override
    public void read(RowSink sink) {
        char delimiter = detectDelimiter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        int row = 0;
        try (InputStream raw = Files.newInputStream(file);
             Reader reader = utf8Reader(raw);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            boolean headerSeen = false;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw translate(e, row + 1);
                }
                row++;
                List<String> cells = new ArrayList<>(rec.size());
                rec.forEach(cells::add);
                if (!headerSeen) {
                    headerSeen = true;
                    sink.header(row, cells);
                } else {
                    sink.row(row, cells);
                }
            }
            if (!headerSeen) {
                throw new RejectedFileException("File '" + fileName + "' has no header row.");
            }
        } catch (IOException e) {
            throw translate(e, row + 1);
        }
    }

    private Reader utf8Reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 65536);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        counter = new CountingInputStream(in);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(counter, decoder), 65536);
    }

    private char detectDelimiter() {
        try (InputStream raw = Files.newInputStream(file);
             Reader reader = utf8Reader(raw)) {
            char[] buf = new char[16384];
            int n = reader.read(buf);
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (int i = 0; i < Math.max(n, 0); i++) {
                char c = buf[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw translate(e, 1);
        }
    }

    private RejectedFileException translate(Exception e, int row) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CharacterCodingException) {
                return new RejectedFileException("File '" + fileName + "' is not valid UTF-8 text (near row " + row
                        + "). Save it as CSV UTF-8 (Excel: Save As > CSV UTF-8).", e);
            }
            t = t.getCause();
        }
        return new RejectedFileException("File '" + fileName + "' could not be read as CSV near row " + row + ": "
                + csvReason(e), e);
    }

    /** What is wrong with the text, in words: never the parser's exception (class names mean nothing to users). */
    static String csvReason(Exception e) {
        String raw = String.valueOf(e.getMessage());
        if (raw.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed (a \" without its closing \"). Check the quotes in that row.";
        }
        if (raw.contains("invalid char between encapsulated token and delimiter")) {
            return "there is text after the closing quote of a quoted value. Check the quotes in that row.";
        }
        return "the text is not well-formed CSV (check quotes and delimiters in that row).";
    }
}
