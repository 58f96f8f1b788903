package org.caseaudit.sampling.internal;

import java.math.BigDecimal;
import java.util.List;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored JSON forms of frame definitions, designs and allocation tables (the frame snapshot is
 * {@link FrameSnapshot}).
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
}
