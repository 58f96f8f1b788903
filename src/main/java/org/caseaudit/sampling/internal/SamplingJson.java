package org.caseaudit.sampling.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
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

    /** The frame as drawn: gzip of [[id, reference, team], ...] in id order. */
    public static byte[] frameItems(List<FrameItem> items) {
        List<String[]> rows = new ArrayList<>(items.size());
        for (FrameItem item : items) {
            rows.add(new String[] {item.id(), item.reference(), item.stratum()});
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            MAPPER.writeValue(gzip, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<FrameItem> frameItems(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16)) {
            String[][] rows = MAPPER.readValue(in, String[][].class);
            List<FrameItem> items = new ArrayList<>(rows.length);
            for (String[] row : rows) {
                items.add(new FrameItem(row[0], row[1], row[2]));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
