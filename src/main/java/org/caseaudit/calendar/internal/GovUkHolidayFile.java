package org.caseaudit.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.BankHolidayService;
import org.caseaudit.calendar.HolidayFileException;
import org.caseaudit.calendar.WorkingDayCalendar;
import org.caseaudit.shared.PlainText;
import org.caseaudit.shared.Sha256;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GOV.UK bank-holidays feed format (https://www.gov.uk/bank-holidays.json): only the
 * {@code england-and-wales} division is used. Every problem found is reported at once, naming the file,
 * the event and the field.
 */
public final class GovUkHolidayFile {

    public static final String DIVISION = "england-and-wales";
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The file's titles are held to the rule for a holiday's name; the messages name the file's field. */
    private static final PlainText.Rule TITLE =
            PlainText.Rule.singleLine("field \"title\"", BankHolidayService.TITLE.maxLength());
    private static final PlainText.Rule NOTES = PlainText.Rule.multiLine("field \"notes\"", 200);
    private static final int MAX_REPORTED_PROBLEMS = 10;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** The fields of an event in the GOV.UK feed; anything else is refused rather than ignored. */
    private static final Set<String> EVENT_FIELDS = Set.of("date", "title", "notes", "bunting");

    private GovUkHolidayFile() {
    }

    /** Hex SHA-256 of a file, kept with the version it made so the exact source can be identified later. */
    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    public static List<BankHoliday> parse(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (content == null || content.length == 0) {
            throw new HolidayFileException(name + ": the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new HolidayFileException(name + ": the file is " + content.length
                    + " bytes; a GOV.UK bank-holidays file is far smaller (limit " + MAX_BYTES + " bytes)");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            throw new HolidayFileException(name + ": not valid JSON" + where + " (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new HolidayFileException(name + ": expected a JSON object with a \"" + DIVISION
                    + "\" division, as in the GOV.UK bank-holidays feed");
        }
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            throw new HolidayFileException(name + ": no \"" + DIVISION
                    + "\" division found; is this the GOV.UK bank-holidays file?");
        }
        JsonNode divisionName = division.get("division");
        if (divisionName != null && !(divisionName.isString() && divisionName.asString().equals(DIVISION))) {
            throw new HolidayFileException(name + ": field \"division\" of \"" + DIVISION + "\" must be \"" + DIVISION
                    + "\", not " + describe(divisionName));
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray()) {
            throw new HolidayFileException(name + ": \"" + DIVISION + "\" has no \"events\" list");
        }
        if (events.isEmpty()) {
            throw new HolidayFileException(name + ": \"" + DIVISION + "\".\"events\" is empty");
        }
        List<String> problems = new ArrayList<>();
        List<BankHoliday> holidays = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String where = "event " + (i + 1) + " of \"" + DIVISION + "\"";
            if (!event.isObject()) {
                problems.add(where + ": not an object");
                continue;
            }
            for (String field : event.propertyNames()) {
                if (!EVENT_FIELDS.contains(field)) {
                    problems.add(where + ": field \"" + shorten(field)
                            + "\" is not part of the GOV.UK format (date, title, notes, bunting)");
                }
            }
            JsonNode notes = event.get("notes");
            if (notes != null && !notes.isString()) {
                problems.add(where + ": field \"notes\" must be text, not " + describe(notes));
            } else if (notes != null) {
                NOTES.problem(notes.asString()).ifPresent(problem -> problems.add(where + ": " + problem));
            }
            JsonNode bunting = event.get("bunting");
            if (bunting != null && !bunting.isBoolean()) {
                problems.add(where + ": field \"bunting\" must be true or false, not " + describe(bunting));
            }
            JsonNode dateNode = event.get("date");
            JsonNode titleNode = event.get("title");
            LocalDate date = null;
            if (dateNode != null && !dateNode.isString()) {
                problems.add(where + ": field \"date\" must be text in the form yyyy-MM-dd, not " + describe(dateNode));
            } else if (dateNode == null || dateNode.asString().isBlank()) {
                problems.add(where + ": field \"date\" is missing");
            } else {
                try {
                    date = LocalDate.parse(dateNode.asString().strip());
                    if (date.getYear() < WorkingDayCalendar.MIN_YEAR || date.getYear() > WorkingDayCalendar.MAX_YEAR) {
                        problems.add(where + ": field \"date\" is " + date + ", outside the years "
                                + WorkingDayCalendar.MIN_YEAR + "-" + WorkingDayCalendar.MAX_YEAR);
                        date = null;
                    }
                } catch (DateTimeParseException e) {
                    problems.add(where + ": field \"date\" is \"" + dateNode.asString()
                            + "\", not a date in the form yyyy-MM-dd");
                }
            }
            String title = titleNode != null && titleNode.isString() ? titleNode.asString().strip() : "";
            var titleProblem = TITLE.problem(title);
            if (titleNode != null && !titleNode.isString()) {
                problems.add(where + ": field \"title\" must be text, not " + describe(titleNode));
            } else if (titleProblem.isPresent()) {
                problems.add(where + ": " + titleProblem.get());
                title = "";
            } else if (title.isEmpty()) {
                problems.add(where + ": field \"title\" is missing");
            }
            if (date != null) {
                Integer earlier = seen.putIfAbsent(date, i + 1);
                if (earlier != null) {
                    problems.add(where + ": date " + date + " is already given by event " + earlier);
                } else if (!title.isEmpty()) {
                    holidays.add(new BankHoliday(date, title));
                }
            }
        }
        if (!problems.isEmpty()) {
            String listed = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS)));
            String more = problems.size() > MAX_REPORTED_PROBLEMS ? "; and " + (problems.size()
                    - MAX_REPORTED_PROBLEMS) + " more problems" : "";
            throw new HolidayFileException(name + ": " + listed + more + ". Nothing was loaded.");
        }
        holidays.sort(null);
        return List.copyOf(holidays);
    }

    /** A value's JSON type in plain words (never the value itself: it may be huge or hostile). */
    private static String describe(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "text";
    }

    private static String shorten(String field) {
        String plain = field.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(
                cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
