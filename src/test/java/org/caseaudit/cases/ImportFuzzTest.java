package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.internal.ImportEngine;
import org.caseaudit.cases.internal.ImportProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Seeded fuzzing of the import parsers (CSV and XLSX): valid exports are damaged in many ways (truncated, bytes
 * flipped, binary garbage, wrong encodings, huge fields, formula text, missing or extra columns, dates in wrong
 * formats, broken zip entries, zip bombs within POI's limits) and imported for real. Whatever the damage:
 * <ul>
 * <li>no exception escapes the import, and it never ends FAILED (the "unexpected error" path);</li>
 * <li>a rejection names the file (whole-file problems) or the row and column/field (row problems), and no message
 * carries a stack trace or Java class name;</li>
 * <li>a rejected import writes no case rows; an accepted one wrote exactly the rows it counted.</li>
 * </ul>
 * {@code -Dfuzz.seed=...} and {@code -Dfuzz.iterations=...} (default 160) replay or widen a run; a failure prints the
 * seed and the mutation so it can be replayed.
 */
@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class ImportFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 160);
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bat (java|org|com|jdk)\\.|java\\.(lang|io|util)|org\\.(apache|caseaudit|springframework)|\\.java:\\d");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    MappingProfileService profiles;

    @TempDir
    Path dir;

    record Mutation(String name, BiFunction<byte[], Random, byte[]> apply) {
    }

    static final List<Mutation> CSV_MUTATIONS = List.of(
            new Mutation("truncated", (b, r) -> Arrays.copyOf(b, r.nextInt(Math.max(1, b.length)))),
            new Mutation("bytes flipped", (b, r) -> flip(b, r, 1 + r.nextInt(20))),
            new Mutation("binary garbage inserted", (b, r) -> insert(b, r.nextInt(b.length), garbage(r, 1 + r.nextInt(400)))),
            new Mutation("all binary garbage", (b, r) -> garbage(r, 1 + r.nextInt(5000))),
            new Mutation("UTF-16 encoded", (b, r) -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)),
            new Mutation("windows-1252 with accents", (b, r) -> replaceText(b, "Team", "\u00c9quipe caf\u00e9", StandardCharsets.ISO_8859_1)),
            new Mutation("NUL bytes", (b, r) -> insert(b, r.nextInt(b.length), new byte[] {0, 0, 0})),
            new Mutation("huge field", (b, r) -> insert(b, lineStart(b, 2 + r.nextInt(3)), ("\"" + "x".repeat(100_000 + r.nextInt(900_000)) + "\",").getBytes(StandardCharsets.UTF_8))),
            new Mutation("unbalanced quote", (b, r) -> insert(b, lineStart(b, 1 + r.nextInt(5)), "\"".getBytes(StandardCharsets.UTF_8))),
            new Mutation("formula text in a cell", (b, r) -> replaceCell(b, r, "=HYPERLINK(\"http://x\",\"y\")")),
            new Mutation("formula with DDE", (b, r) -> replaceCell(b, r, "=CMD|' /C calc'!A0")),
            new Mutation("column dropped", (b, r) -> dropDelimiter(b, r)),
            new Mutation("extra column", (b, r) -> insert(b, lineStart(b, 1 + r.nextInt(5)), "extra,".getBytes(StandardCharsets.UTF_8))),
            new Mutation("date as MM/dd/yyyy", (b, r) -> replaceDate(b, r, "12/31/2024")),
            new Mutation("date out of range", (b, r) -> replaceDate(b, r, "2024-13-45")),
            new Mutation("date as words", (b, r) -> replaceDate(b, r, "next Tuesday")),
            new Mutation("date year 0", (b, r) -> replaceDate(b, r, "0000-01-01")),
            new Mutation("control characters", (b, r) -> replaceCell(b, r, "a\u0007b\u001bc")),
            new Mutation("header only", (b, r) -> Arrays.copyOf(b, lineStart(b, 1))),
            new Mutation("empty", (b, r) -> new byte[0]),
            new Mutation("blank lines and BOM", (b, r) -> insert(insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), lineStart(b, 2) + 3, "\n\n\n".getBytes(StandardCharsets.UTF_8))),
            new Mutation("CR line endings", (b, r) -> new String(b, StandardCharsets.UTF_8).replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));

    static final List<Mutation> XLSX_MUTATIONS = List.of(
            new Mutation("truncated zip", (b, r) -> Arrays.copyOf(b, r.nextInt(Math.max(1, b.length)))),
            new Mutation("zip bytes flipped", (b, r) -> flip(b, r, 1 + r.nextInt(30))),
            new Mutation("zip with garbage appended", (b, r) -> insert(b, b.length, garbage(r, 1 + r.nextInt(2000)))),
            new Mutation("garbage named .xlsx", (b, r) -> garbage(r, 100 + r.nextInt(5000))),
            new Mutation("zip header then garbage", (b, r) -> insert(new byte[] {'P', 'K', 3, 4}, 4, garbage(r, 100 + r.nextInt(3000)))));

    /** Mutations that rewrite one entry of the xlsx zip. */
    static final List<String> XLSX_ENTRY_DAMAGE = List.of("sheet truncated", "sheet garbage", "shared strings truncated",
            "content types removed", "sheet as zip bomb", "cell with formula", "huge shared string");

    private ImportEngine engine() {
        return new ImportEngine(jdbc, transactionManager,
                new ImportProperties(DataSize.ofMegabytes(50), 200_000, 1000), clock);
    }

    @Test
    void damaged_files_are_rejected_with_a_clear_message_and_write_nothing() throws Exception {
        Random random = new Random(SEED);
        byte[] csv = Files.readAllBytes(TestFiles.export(dir, "base.csv", ExportShape.STANDARD, TestFiles.cases(30, 7)));
        Path xlsxBase = TestFiles.export(dir, "base.xlsx", ExportShape.STANDARD, TestFiles.cases(30, 8));
        byte[] xlsx = Files.readAllBytes(xlsxBase);
        Map<String, int[]> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            int kind = random.nextInt(10);
            String name;
            Path file;
            long caseSeed = random.nextLong();
            Random r = new Random(caseSeed);
            if (kind < 6) {
                Mutation m = CSV_MUTATIONS.get(r.nextInt(CSV_MUTATIONS.size()));
                name = "csv: " + m.name();
                file = dir.resolve("fuzz-" + i + ".csv");
                Files.write(file, m.apply().apply(csv, r));
            } else if (kind < 8) {
                Mutation m = XLSX_MUTATIONS.get(r.nextInt(XLSX_MUTATIONS.size()));
                name = "xlsx: " + m.name();
                file = dir.resolve("fuzz-" + i + ".xlsx");
                Files.write(file, m.apply().apply(xlsx, r));
            } else {
                String damage = XLSX_ENTRY_DAMAGE.get(r.nextInt(XLSX_ENTRY_DAMAGE.size()));
                name = "xlsx: " + damage;
                file = damageEntry(xlsxBase, dir.resolve("fuzz-" + i + ".xlsx"), damage, r);
            }
            String problem = importAndCheck(file, "fuzz-" + SEED + "-" + i, outcomes, name);
            if (problem != null) {
                failures.add("iteration " + i + " (" + name + ", case seed " + caseSeed + "): " + problem);
            }
        }
        System.out.printf("[fuzz] seed %d, %d files in %d ms; outcomes per mutation (rejected/accepted): %s%n", SEED,
                ITERATIONS, (System.nanoTime() - started) / 1_000_000, outcomes.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertThat(failures).as("fuzzing with seed " + SEED).isEmpty();
    }

    /** Imports one file; returns what was wrong, or null. */
    private String importAndCheck(Path file, String source, Map<String, int[]> outcomes, String name) {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Integer.class);
        ImportResult result;
        try {
            result = engine().run(new ImportEngine.Job(file, file.getFileName().toString(),
                    profiles.byName("standard").orElseThrow(), new ImportOptions(source, false), true, "lead", "UI",
                    new ImportControl()));
        } catch (RuntimeException | Error e) {
            return "exception escaped the import: " + e;
        }
        int after = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Integer.class);
        int[] counts = outcomes.computeIfAbsent(name, k -> new int[2]);
        if (result.status() == ImportStatus.COMMITTED) {
            counts[1]++;
            int stored = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE source = ?", Integer.class, source);
            return stored == result.counts().created() && after - before == stored ? null
                    : "accepted, counted " + result.counts().created() + " new rows but stored " + stored;
        }
        counts[0]++;
        if (result.status() != ImportStatus.REJECTED) {
            return "ended " + result.status() + ": " + result.problems();
        }
        if (after != before) {
            return "rejected but the register changed from " + before + " to " + after + " rows";
        }
        if (result.problems().isEmpty()) {
            return "rejected without a problem to show";
        }
        for (ImportProblem p : result.problems()) {
            String text = p.describe();
            if (LEAK.matcher(text).find()) {
                return "message shows internals: " + text;
            }
            if (p.row() == 0 && !text.contains("'" + file.getFileName() + "'") && !text.startsWith("Profile '")) {
                return "whole-file problem does not name the file: " + text;
            }
            if (p.row() > 0 && p.column().isEmpty() && p.field().isEmpty() && !text.startsWith("row ")) {
                return "row problem names neither row, column nor field: " + text;
            }
        }
        return null;
    }

    // --- damage ---

    private static Path damageEntry(Path xlsx, Path target, String damage, Random r) throws Exception {
        return switch (damage) {
            case "sheet truncated" -> TestFiles.rewriteZip(xlsx, target, "xl/worksheets/sheet1.xml",
                    d -> Arrays.copyOf(d, r.nextInt(d.length)), null, null);
            case "sheet garbage" -> TestFiles.rewriteZip(xlsx, target, "xl/worksheets/sheet1.xml",
                    d -> flip(d, r, 5 + r.nextInt(50)), null, null);
            case "shared strings truncated" -> TestFiles.rewriteZip(xlsx, target, "xl/sharedStrings.xml",
                    d -> Arrays.copyOf(d, r.nextInt(d.length)), null, null);
            case "content types removed" -> TestFiles.rewriteZip(xlsx, target, "[Content_Types].xml",
                    d -> "<Types/>".getBytes(StandardCharsets.UTF_8), null, null);
            case "sheet as zip bomb" -> TestFiles.zipBomb(xlsx, target);
            case "cell with formula" -> TestFiles.rewriteZip(xlsx, target, "xl/worksheets/sheet1.xml",
                    d -> new String(d, StandardCharsets.UTF_8).replaceFirst("<c r=\"B2\"([^>]*)>.*?</c>",
                            "<c r=\"B2\"><f>HYPERLINK(\"http://x\",\"y\")</f><v>y</v></c>").getBytes(StandardCharsets.UTF_8),
                    null, null);
            case "huge shared string" -> TestFiles.rewriteZip(xlsx, target, "xl/sharedStrings.xml",
                    d -> new String(d, StandardCharsets.UTF_8).replaceFirst("<t>", "<t>" + "y".repeat(2_000_000))
                            .getBytes(StandardCharsets.UTF_8), null, null);
            default -> throw new IllegalArgumentException(damage);
        };
    }

    static byte[] flip(byte[] b, Random r, int n) {
        byte[] c = b.clone();
        for (int i = 0; i < n && c.length > 0; i++) {
            c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        }
        return c;
    }

    static byte[] garbage(Random r, int n) {
        byte[] g = new byte[n];
        r.nextBytes(g);
        return g;
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    /** Offset of the start of line {@code line} (0 = header), or the end. */
    static int lineStart(byte[] b, int line) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (seen == line) {
                return i;
            }
            if (b[i] == '\n') {
                seen++;
            }
        }
        return b.length;
    }

    static byte[] replaceText(byte[] b, String from, String to, java.nio.charset.Charset charset) {
        return new String(b, StandardCharsets.UTF_8).replace(from, to).getBytes(charset);
    }

    private static List<String[]> lines(byte[] b) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(b, StandardCharsets.UTF_8).split("\n", -1)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static byte[] join(List<String[]> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(String.join(",", r)));
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    /** Puts {@code value} into a random text cell of a random data row (quoted as CSV). */
    static byte[] replaceCell(byte[] b, Random r, String value) {
        List<String[]> rows = lines(b);
        String[] row = rows.get(1 + r.nextInt(Math.max(1, rows.size() - 2)));
        int column = 2 + r.nextInt(3); // team, social worker, team manager in the standard shape
        if (column < row.length) {
            row[column] = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return join(rows);
    }

    /** Puts {@code value} into a random date cell of a random data row. */
    static byte[] replaceDate(byte[] b, Random r, String value) {
        List<String[]> rows = lines(b);
        String[] header = rows.getFirst();
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i].endsWith("_date")) {
                dates.add(i);
            }
        }
        String[] row = rows.get(1 + r.nextInt(Math.max(1, rows.size() - 2)));
        int column = dates.get(r.nextInt(dates.size()));
        if (column < row.length) {
            row[column] = value;
        }
        return join(rows);
    }

    static byte[] dropDelimiter(byte[] b, Random r) {
        List<String[]> rows = lines(b);
        int which = r.nextInt(Math.max(1, rows.size() - 1));
        String[] row = rows.get(which);
        if (row.length > 2) {
            int at = 1 + r.nextInt(row.length - 1);
            String[] shorter = new String[row.length - 1];
            for (int i = 0, j = 0; i < row.length; i++) {
                if (i == at) {
                    shorter[j - 1] = shorter[j - 1] + row[i];
                } else {
                    shorter[j++] = row[i];
                }
            }
            rows.set(which, shorter);
        }
        return join(rows);
    }
}
