package org.caseaudit.cases.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.ImportResult.HeaderMatch;
import org.caseaudit.cases.MappingProfile;

/**
 * Matches a file's column headings to case fields: first the profile's columns after normalising case, spaces and
 * punctuation, then (for headings still unmatched) the closest profile column or field name by Jaro-Winkler
 * similarity above a threshold. Columns that match nothing are ignored and never stored.
 */
public final class HeaderMatcher {

    static final double SIMILARITY_THRESHOLD = 0.92;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private HeaderMatcher() {
    }

    public record Result(List<HeaderMatch> matches, CaseField[] fieldByColumn, List<ImportProblem> problems) {
    }

    public static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        String s = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String heading(List<String> headings, int i) {
        return headings.get(i) == null ? "" : headings.get(i).strip();
    }

    public static Result match(MappingProfile profile, List<String> headings) {
        Map<String, CaseField> exact = new HashMap<>();
        for (MappingProfile.ColumnMapping m : profile.columns()) {
            exact.putIfAbsent(normalise(m.sourceColumn()), m.field());
        }
        Map<String, CaseField> candidates = new HashMap<>(exact);
        for (CaseField f : CaseField.values()) {
            candidates.putIfAbsent(normalise(f.key()), f);
            candidates.putIfAbsent(normalise(f.label()), f);
        }
        CaseField[] byColumn = new CaseField[headings.size()];
        List<HeaderMatch> matches = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<CaseField, String> taken = new EnumMap<>(CaseField.class);
        Map<String, Integer> seenHeadings = new HashMap<>();

        String[] how = new String[headings.size()];
        // Pass 1: exact (normalised) matches, so that a close spelling never takes a field a later column names exactly.
        for (int i = 0; i < headings.size(); i++) {
            String heading = heading(headings, i);
            String norm = normalise(heading);
            Integer earlier = seenHeadings.putIfAbsent(norm, i);
            if (!norm.isEmpty() && earlier != null && exact.containsKey(norm)) {
                problems.add(new ImportProblem(1, heading, "", "column heading appears twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + ")"));
                how[i] = "ignored";
                continue;
            }
            CaseField field = exact.get(norm);
            if (field == null) {
                continue;
            }
            if (field.type() != CaseField.Type.DATE_LIST && taken.containsKey(field)) {
                problems.add(new ImportProblem(1, heading, field.key(), "column '" + taken.get(field)
                        + "' already fills this field"));
                how[i] = "ignored";
                continue;
            }
            taken.putIfAbsent(field, heading);
            byColumn[i] = field;
            how[i] = "profile";
        }
        // Pass 2: close spellings for the rest, only for fields still free.
        for (int i = 0; i < headings.size(); i++) {
            if (how[i] != null) {
                continue;
            }
            String norm = normalise(heading(headings, i));
            CaseField field = null;
            double best = 0;
            if (!norm.isEmpty()) {
                for (Map.Entry<String, CaseField> c : candidates.entrySet()) {
                    double score = SIMILARITY.apply(norm, c.getKey());
                    if (score > best) {
                        best = score;
                        field = c.getValue();
                    }
                }
            }
            if (field == null || best < SIMILARITY_THRESHOLD
                    || (field.type() != CaseField.Type.DATE_LIST && taken.containsKey(field))) {
                how[i] = "ignored";
                continue;
            }
            taken.putIfAbsent(field, heading(headings, i));
            byColumn[i] = field;
            how[i] = "similar";
        }
        for (int i = 0; i < headings.size(); i++) {
            matches.add(new HeaderMatch(heading(headings, i), byColumn[i], how[i]));
        }
        for (CaseField required : CaseField.requiredFields()) {
            if (!taken.containsKey(required)) {
                String expected = profile.columns().stream().filter(c -> c.field() == required)
                        .map(MappingProfile.ColumnMapping::sourceColumn).findFirst().orElse(required.key());
                problems.add(new ImportProblem(1, expected, required.key(), "required column '" + expected
                        + "' (" + required.label() + ") is missing or renamed; map it in the profile"));
            }
        }
        return new Result(matches, byColumn, problems);
    }
}
