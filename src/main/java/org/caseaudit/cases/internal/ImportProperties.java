package org.caseaudit.cases.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for imports: {@code caseaudit.import.max-bytes} (default 50MB), {@code caseaudit.import.max-rows}
 * (default 200000), {@code caseaudit.import.batch-size} (rows per JDBC batch, default 1000).
 */
@ConfigurationProperties("caseaudit.import")
public record ImportProperties(DataSize maxBytes, Integer maxRows, Integer batchSize) {

    public ImportProperties {
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(50) : maxBytes;
        maxRows = maxRows == null ? 200_000 : maxRows;
        batchSize = batchSize == null ? 1000 : batchSize;
    }
}
