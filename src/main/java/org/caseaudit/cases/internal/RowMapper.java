package org.caseaudit.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DateUtil;
import org.caseaudit.shared.PlainText;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.S47Outcome;

/**
 * Turns one row of text cells into a {@link CaseData}, collecting every problem with its row and column. Text is
 * stored as text: a cell such as {@code =HYPERLINK(...)} is kept verbatim and never evaluated.
 */
public final class RowMapper {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The UK form, read strictly (31/02/2026 is refused) and with one-digit days and months allowed. */
    private static final DateTimeFormatter UK_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 3, 31);
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Set<String> YES = Set.of("y", "yes", "1", "true", "t");
    private static final Set<String> NO = Set.of("n", "no", "0", "false", "f");

    private final List<String> headings;
    private final CaseField[] fieldByColumn;
    private final DateTimeFormatter dateFormat;
    private final boolean excelSerial;
    private final String dateFormatText;
    /** A month-first profile (a US-style export): the UK form would misread its dates, so it is not a fallback. */
    private final boolean monthFirst;
    private final LocalDate today;
    private final Map<CaseField, Map<String, String>> translations = new EnumMap<>(CaseField.class);
    private final Map<String, String> globalTranslations = new HashMap<>();

    public record Mapped(CaseData data, List<ImportProblem> problems) {
    }

    public RowMapper(MappingProfile profile, List<String> headings, CaseField[] fieldByColumn, LocalDate today) {
        this.headings = headings;
        this.fieldByColumn = fieldByColumn;
        this.today = today;
        this.dateFormatText = profile.dateFormat() == null || profile.dateFormat().isBlank()
                ? "yyyy-MM-dd" : profile.dateFormat().trim();
        this.excelSerial = MappingProfile.EXCEL_SERIAL.equalsIgnoreCase(dateFormatText);
        this.monthFirst = dateFormatText.startsWith("M");
        this.dateFormat = excelSerial ? null : formatter(dateFormatText);
        for (MappingProfile.ValueTranslation t : profile.translations()) {
            String key = t.sourceValue() == null ? "" : t.sourceValue().trim().toLowerCase(Locale.ROOT);
            if (t.field() == null) {
                globalTranslations.put(key, t.targetValue());
            } else {
                translations.computeIfAbsent(t.field(), f -> new HashMap<>()).put(key, t.targetValue());
            }
        }
    }

    /** Validates a date pattern; throws IllegalArgumentException with a readable message. */
    public static DateTimeFormatter formatter(String pattern) {
        try {
            String strict = pattern.replace("yyyy", "uuuu").replace("yy", "uu");
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(strict)
                    .optionalStart().appendLiteral(' ').appendPattern("HH:mm").optionalStart().appendPattern(":ss")
                    .optionalEnd().optionalEnd()
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Date format '" + pattern + "' is not a valid pattern: " + e.getMessage(), e);
        }
    }

    public Mapped map(int row, List<String> cells) {
        List<ImportProblem> problems = new ArrayList<>();
        if (cells.size() != headings.size()) {
            boolean extraEmpty = cells.size() > headings.size()
                    && cells.subList(headings.size(), cells.size()).stream().allMatch(String::isBlank);
            if (!extraEmpty && cells.size() != 0) {
                problems.add(new ImportProblem(row, "", "", "row has " + cells.size() + " fields but the header has "
                        + headings.size() + " (ragged row: check quotes and separators)"));
                return new Mapped(null, problems);
            }
        }
        Map<CaseField, Object> values = new EnumMap<>(CaseField.class);
        Map<CaseField, String> columnOf = new EnumMap<>(CaseField.class);
        for (int i = 0; i < fieldByColumn.length; i++) {
            CaseField field = fieldByColumn[i];
            if (field == null) {
                continue;
            }
            String raw = i < cells.size() ? cells.get(i) : "";
            String column = headings.get(i);
            columnOf.putIfAbsent(field, column);
            Object value = parse(field, translate(field, raw), row, column, problems);
            if (field.type() == CaseField.Type.DATE_LIST) {
                @SuppressWarnings("unchecked")
                List<LocalDate> merged = (List<LocalDate>) values.computeIfAbsent(field, f -> new ArrayList<LocalDate>());
                if (value != null) {
                    @SuppressWarnings("unchecked")
                    List<LocalDate> dates = (List<LocalDate>) value;
                    merged.addAll(dates);
                }
            } else if (value != null) {
                values.put(field, value);
            }
        }
        if (values.get(CaseField.STRATEGY_DISCUSSION_DATES) instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<LocalDate> dates = (List<LocalDate>) list;
            values.put(CaseField.STRATEGY_DISCUSSION_DATES, List.copyOf(new TreeSet<>(dates)));
        }
        for (CaseField required : CaseField.requiredFields()) {
            if (values.get(required) == null && columnOf.containsKey(required)
                    && problems.stream().noneMatch(p -> required.key().equals(p.field()))) {
                problems.add(new ImportProblem(row, columnOf.get(required), required.key(), required.label()
                        + " is required but empty"));
            }
        }
        CaseData data = CaseData.of(values);
        crossCheck(data, row, columnOf, problems);
        return new Mapped(data, problems);
    }

    private String translate(CaseField field, String raw) {
        String v = raw == null ? "" : raw.strip();
        String key = v.toLowerCase(Locale.ROOT);
        Map<String, String> own = translations.get(field);
        if (own != null && own.containsKey(key)) {
            return own.get(key);
        }
        return globalTranslations.getOrDefault(key, v);
    }

    private Object parse(CaseField field, String v, int row, String column, List<ImportProblem> problems) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> {
                if (v.length() > field.maxLength()) {
                    problems.add(new ImportProblem(row, column, field.key(), "value is " + v.length()
                            + " characters long; at most " + field.maxLength() + " are allowed"));
                    yield null;
                }
                var problem = PlainText.problem("the value", v, PlainText.Lines.SINGLE);
                if (problem.isPresent()) {
                    problems.add(new ImportProblem(row, column, field.key(), problem.get()));
                    yield null;
                }
                yield v;
            }
            case DATE -> parseDate(v, field, row, column, problems);
            case DATE_LIST -> {
                List<LocalDate> dates = new ArrayList<>();
                for (String part : v.split("[;|\\n]")) {
                    if (!part.isBlank()) {
                        LocalDate d = parseDate(part.strip(), field, row, column, problems);
                        if (d != null) {
                            dates.add(d);
                        }
                    }
                }
                yield dates;
            }
            case YES_NO -> {
                String k = v.toLowerCase(Locale.ROOT);
                if (YES.contains(k)) {
                    yield Boolean.TRUE;
                }
                if (NO.contains(k)) {
                    yield Boolean.FALSE;
                }
                problems.add(new ImportProblem(row, column, field.key(), "'" + v
                        + "' is not yes/no (accepted: Y, Yes, 1, True, N, No, 0, False, or a value translation)"));
                yield null;
            }
            case OUTCOME -> {
                S47Outcome o = S47Outcome.parse(v).orElse(null);
                if (o == null) {
                    problems.add(new ImportProblem(row, column, field.key(), "'" + v + "' is not an S47 outcome: use "
                            + S47Outcome.acceptedLabels() + " (or ICPC, CHILD_IN_NEED, NFA, OTHER), or add a value"
                            + " translation to the profile"));
                }
                yield o;
            }
            case INTEGER -> {
                try {
                    BigDecimal n = new BigDecimal(v);
                    int i = n.intValueExact();
                    if (i < 0 || i > 50) {
                        throw new ArithmeticException();
                    }
                    yield i;
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(new ImportProblem(row, column, field.key(), "'" + v
                            + "' is not a whole number between 0 and 50"));
                    yield null;
                }
            }
        };
    }

    private LocalDate parseDate(String v, CaseField field, int row, String column, List<ImportProblem> problems) {
        LocalDate d = null;
        if (excelSerial) {
            try {
                double serial = Double.parseDouble(v);
                if (DateUtil.isValidExcelDate(serial) && serial >= 1) {
                    d = DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            } catch (NumberFormatException e) {
                d = null;
            }
        } else {
            try {
                d = LocalDate.parse(v, dateFormat);
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null && !monthFirst) {
            try {
                d = LocalDate.parse(v, UK_INPUT);
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null) {
            try {
                d = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(row, column, field.key(), "'" + v + "' is not a date: write it like "
                        + dateExamples()));
                return null;
            }
        }
        if (d.isAfter(today)) {
            problems.add(new ImportProblem(row, column, field.key(), "date " + UK.format(d) + " is in the future"));
            return null;
        }
        if (d.isBefore(EARLIEST)) {
            problems.add(new ImportProblem(row, column, field.key(), "date " + UK.format(d) + " is before 1990"));
            return null;
        }
        return d;
    }

    /**
     * Plain examples of the dates accepted, the same day written each way: the UK form as the application shows dates
     * (accepted unless the profile puts the month first), the profile's own format and ISO (always accepted), e.g.
     * "31/03/2026, 31-Mar-2026 or 2026-03-31".
     */
    String dateExamples() {
        java.util.LinkedHashSet<String> examples = new java.util.LinkedHashSet<>();
        if (!monthFirst) {
            examples.add(UK.format(EXAMPLE_DATE));
        }
        if (excelSerial) {
            examples.add("an Excel date number such as "
                    + (long) DateUtil.getExcelDate(EXAMPLE_DATE.atStartOfDay()));
        } else {
            examples.add(dateFormat.format(EXAMPLE_DATE));
        }
        examples.add(EXAMPLE_DATE.toString());
        List<String> list = List.copyOf(examples);
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.getLast();
    }

    private static void crossCheck(CaseData c, int row, Map<CaseField, String> columnOf, List<ImportProblem> problems) {
        before(c.s47StartDate(), c.s47EndDate(), CaseField.S47_START_DATE, CaseField.S47_END_DATE, row, columnOf, problems);
        before(c.cfaStartDate(), c.cfaCompletionDate(), CaseField.CFA_START_DATE, CaseField.CFA_COMPLETION_DATE, row,
                columnOf, problems);
        before(c.referralDate(), c.referralDecisionDate(), CaseField.REFERRAL_DATE, CaseField.REFERRAL_DECISION_DATE, row,
                columnOf, problems);
        before(c.firstStrategyDiscussionDate(), c.icpcDate(), CaseField.STRATEGY_DISCUSSION_DATES, CaseField.ICPC_DATE,
                row, columnOf, problems);
        before(c.icpcDate(), c.firstCoreGroupDate(), CaseField.ICPC_DATE, CaseField.FIRST_CORE_GROUP_DATE, row,
                columnOf, problems);
    }

    private static void before(LocalDate start, LocalDate end, CaseField startField, CaseField endField, int row,
                               Map<CaseField, String> columnOf, List<ImportProblem> problems) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new ImportProblem(row, columnOf.getOrDefault(endField, ""), endField.key(),
                    endField.label() + " " + UK.format(end) + " is before " + startField.label().toLowerCase(Locale.ROOT)
                            + " " + UK.format(start)));
        }
    }
}
