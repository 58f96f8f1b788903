package org.caseaudit.sampling.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.FrameItem;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored JSON forms of frame definitions, designs and allocation tables, and the gzip'd frame snapshot.
 * Written through small documents of their own so a change to a Java record does not silently change what old
 * records mean.
 */
public final class SamplingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record DesignDocument(SamplingMethod method, String sizeType, Integer cases, BigDecimal percent, Integer atLeast,
                          Integer atMost, int reserves, Allocation allocation, boolean atLeastOnePerStratum) {
    }

    private SamplingJson() {
    }

    public static String frame(FrameDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    public static FrameDefinition frame(String json) {
        return MAPPER.readValue(json, FrameDefinition.class);
    }

    public static String design(SampleDesign design) {
        DesignDocument doc = switch (design.size()) {
            case SampleSize.Fixed f -> new DesignDocument(design.method(), "FIXED", f.cases(), null, null, null,
                    design.reserves(), design.allocation(), design.atLeastOnePerStratum());
            case SampleSize.Percentage p -> new DesignDocument(design.method(), "PERCENTAGE", null, p.percent(),
                    p.atLeast(), p.atMost(), design.reserves(), design.allocation(), design.atLeastOnePerStratum());
        };
        return MAPPER.writeValueAsString(doc);
    }

    public static SampleDesign design(String json) {
        DesignDocument doc = MAPPER.readValue(json, DesignDocument.class);
        SampleSize size = "FIXED".equals(doc.sizeType()) ? new SampleSize.Fixed(doc.cases())
                : new SampleSize.Percentage(doc.percent(), doc.atLeast(), doc.atMost());
        return new SampleDesign(doc.method(), size, doc.reserves(), doc.allocation(), doc.atLeastOnePerStratum());
    }

    public static String allocation(List<AllocationRow> rows) {
        return rows.isEmpty() ? null : MAPPER.writeValueAsString(rows);
    }

    public static List<AllocationRow> allocation(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<AllocationRow>>() { });
    }

    /**
     * The frame as drawn: gzip (fastest level) of one line per case, "id TAB reference TAB team", in id order;
     * backslash, tab and line breaks inside a value are escaped as \\, \t, \n and \r.
     */
    public static byte[] frameItems(List<FrameItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(items.size() * 8 + 64);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new FastGzip(bytes), StandardCharsets.UTF_8), 1 << 16)) {
            for (FrameItem item : items) {
                out.write(escape(item.id()));
                out.write('\t');
                out.write(escape(item.reference()));
                out.write('\t');
                out.write(escape(item.stratum()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<FrameItem> frameItems(byte[] gzipped) {
        List<FrameItem> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", -1);
                items.add(new FrameItem(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** GZIP at the fastest level: the snapshot is written at every draw and read only by "verify". */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
