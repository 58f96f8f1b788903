package org.caseaudit.cases;

import java.util.List;
import java.util.Objects;

/**
 * How one export shape maps onto case fields. {@code dateFormat} is a {@link java.time.format.DateTimeFormatter}
 * pattern (e.g. {@code dd/MM/yyyy}) or {@link #EXCEL_SERIAL}; ISO dates ({@code yyyy-MM-dd}) are always accepted
 * too because Excel date cells reach us in that form.
 */
public record MappingProfile(
        Long id,
        String name,
        String source,
        String dateFormat,
        String description,
        boolean builtIn,
        long version,
        List<ColumnMapping> columns,
        List<ValueTranslation> translations) {

    public static final String EXCEL_SERIAL = "EXCEL_SERIAL";
    public static final String STANDARD = "standard";

    public MappingProfile {
        Objects.requireNonNull(name, "name");
        columns = columns == null ? List.of() : List.copyOf(columns);
        translations = translations == null ? List.of() : List.copyOf(translations);
    }

    /** A source column heading and the field it fills. Several columns may fill the strategy discussion dates. */
    public record ColumnMapping(String sourceColumn, CaseField field) {
    }

    /** A value as the export writes it and the value it means, for one field (or all fields when field is null). */
    public record ValueTranslation(CaseField field, String sourceValue, String targetValue) {
    }
}
