package org.caseaudit.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads printed text (a PDF page, workbook cells, a rendered screen) as a reader would and lists what would disclose
 * under the policy: a small count of files ("3 of 10 files"), a small complement ("7 of 10 files" gives 3 without
 * compliance), a percentage whose counts give either away ("70% of 10" gives 3), and any of the {@code forbidden}
 * strings (names, usernames, case references, free text). Process counts ("4 of 5 audits done", "Page 1 of 3") are
 * not about children and are not checked.
 */
public final class DisclosureTextCheck {

    private static final Pattern FILES = Pattern.compile("\\b(\\d+) of (\\d+) (?:files?|cases?|children)\\b");
    private static final Pattern PERCENT_OF = Pattern.compile("\\b(\\d{1,3})% of (\\d+)\\b");
    private static final Pattern FILES_PERCENT = Pattern.compile("\\bc of (\\d+) files? \\((\\d{1,3})%\\)");

    private DisclosureTextCheck() {
    }

    public static List<String> problems(String where, String text, int threshold, Collection<String> forbidden) {
        List<String> problems = new ArrayList<>();
        String flat = text.replaceAll("\\s+", " ");
        Matcher m = FILES.matcher(flat);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            long total = Long.parseLong(m.group(2));
            if (small(n, threshold) || small(total - n, threshold)) {
                problems.add(where + " prints \"" + m.group() + "\"");
            }
        }
        m = PERCENT_OF.matcher(flat);
        while (m.find()) {
            long total = Long.parseLong(m.group(2));
            long n = Math.round(Long.parseLong(m.group(1)) * total / 100.0);
            if (small(n, threshold) || small(total - n, threshold)) {
                problems.add(where + " prints \"" + m.group() + "\", which gives " + n + " and " + (total - n));
            }
        }
        m = FILES_PERCENT.matcher(flat);
        while (m.find()) {
            problems.add(where + " prints a percentage beside a suppressed count: \"" + m.group() + "\"");
        }
        for (String s : forbidden) {
            if (s != null && s.length() > 3 && flat.contains(s)) {
                problems.add(where + " shows \"" + s + "\"");
            }
        }
        return problems;
    }

    private static boolean small(long n, int threshold) {
        return n >= 1 && n <= threshold;
    }
}
