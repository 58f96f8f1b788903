package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one text rule (issue 19, item 15), table-driven: each row is a text written with \\uXXXX escapes, where it goes
 * (SINGLE line: names, references, titles; MULTI line: replies, notes, action text) and the problem expected, or "-"
 * when the text is accepted.
 */
class PlainTextTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            North Assessment Team                  | SINGLE | -
            Zoë O'Brien-Smith                      | SINGLE | -
            محمد عبد الله                          | SINGLE | -
            Team \\u202egnp.exe                     | SINGLE | direction of text (found U+202E right-to-left override at character 6)
            a\\u202ab                               | SINGLE | direction of text (found U+202A
            a\\u202bb                               | SINGLE | direction of text
            a\\u202cb                               | SINGLE | direction of text
            a\\u202db                               | SINGLE | direction of text
            a\\u2066b                               | SINGLE | direction of text (found U+2066 left-to-right isolate
            a\\u2067b                               | SINGLE | direction of text
            a\\u2068b                               | SINGLE | direction of text
            a\\u2069b                               | SINGLE | direction of text
            a\\u200eb                               | SINGLE | direction of text (found U+200E left-to-right mark
            a\\u200fb                               | MULTI  | direction of text (found U+200F
            a\\u061cb                               | SINGLE | direction of text (found U+061C arabic letter mark
            zero\\u200bwidth                        | SINGLE | invisible formatting characters (found U+200B zero width space
            zero\\u200dwidth                        | MULTI  | invisible formatting characters (found U+200D
            \\ufeffBOM                              | SINGLE | invisible formatting characters (found U+FEFF
            soft\\u00adhyphen                       | SINGLE | invisible formatting characters (found U+00AD
            tag\\udb40\\udc41                        | SINGLE | invisible formatting characters (found U+E0041
            bell\\u0007                             | MULTI  | control characters (found U+0007
            nul\\u0000                              | SINGLE | control characters (found U+0000
            del\\u007f                              | SINGLE | control characters (found U+007F
            c1\\u0085next line                      | MULTI  | control characters (found U+0085
            c1\\u009bcsi                            | SINGLE | control characters (found U+009B
            line\\nbreak                            | SINGLE | tabs or line breaks (found U+000A
            tab\\there                              | SINGLE | tabs or line breaks (found U+0009
            line\\nbreak\\r\\nand\\ttab              | MULTI  | -
            line\\u2028separator                    | SINGLE | tabs or line breaks (found U+2028 line separator
            para\\u2029separator                    | SINGLE | tabs or line breaks (found U+2029
            line\\u2028separator                    | MULTI  | -
            lone\\ud800surrogate                    | SINGLE | broken characters
            emoji \\ud83d\\ude00                     | SINGLE | -
            """)
    void the_rule(String escaped, PlainText.Lines lines, String expected) {
        String text = unescape(escaped.strip());
        var problem = PlainText.problem("Team", text, lines);
        if (expected.equals("-")) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).get().asString().startsWith("Team must not contain").contains(expected.strip());
        }
    }

    /**
     * A field's whole rule ({@link PlainText.Rule}): kind of line and longest length, counted in characters (code
     * points, as a MariaDB VARCHAR counts them, so an emoji is one). Each row: the text (escapes as above, and a
     * leading {@code Nx<n>} stands for n letters x), the kind, the longest length, and the start of the problem
     * expected or "-". The length is checked before the characters, and every message starts with the field's name.
     */
    @ParameterizedTest(name = "{0} ({1}, max {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Nx5                                    | SINGLE | 5   | -
            Nx6                                    | SINGLE | 5   | Team is 6 characters long; at most 5 are allowed
            Nx200                                  | SINGLE | 200 | -
            Nx201                                  | SINGLE | 200 | Team is 201 characters long; at most 200 are allowed
            Nx4000                                 | MULTI  | 4000 | -
            Nx4001                                 | MULTI  | 4000 | Team is 4001 characters long; at most 4000 are allowed
            \\ud83d\\ude00\\ud83d\\ude00              | SINGLE | 2   | -
            \\ud83d\\ude00\\ud83d\\ude00x             | SINGLE | 2   | Team is 3 characters long; at most 2 are allowed
            Zoë                                    | SINGLE | 3   | -
            two\\nlines                            | SINGLE | 200 | Team must not contain tabs or line breaks (found U+000A
            two\\nlines                            | MULTI  | 200 | -
            two\\r\\nlines\\tand a tab             | MULTI  | 200 | -
            two\\u2028lines                        | SINGLE | 200 | Team must not contain tabs or line breaks (found U+2028
            two\\u2028lines                        | MULTI  | 200 | -
            a\\nb\\nc\\nd                          | MULTI  | 6   | Team is 7 characters long; at most 6 are allowed
            Nx7\\u0007                             | MULTI  | 5   | Team is 8 characters long; at most 5 are allowed
            bell\\u0007                            | MULTI  | 200 | Team must not contain control characters (found U+0007
            \\u202eright                           | SINGLE | 200 | Team must not contain characters that change the direction
            """)
    void a_fields_rule(String written, PlainText.Lines lines, int max, String expected) {
        var problem = new PlainText.Rule("Team", lines, max).problem(expand(written.strip()));
        if (expected.equals("-")) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).get().asString().startsWith(expected.strip());
        }
    }

    @Test
    void a_rule_lets_null_through_and_require_throws_its_message() {
        var rule = PlainText.Rule.singleLine("The name", 3);
        assertThat(rule.problem(null)).isEmpty();
        assertThat(rule.require("abc")).isEqualTo("abc");
        assertThatThrownBy(() -> rule.require("abcd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The name is 4 characters long; at most 3 are allowed");
        assertThatThrownBy(() -> PlainText.Rule.multiLine("The name", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    record Form(@PlainText.Valid(field = "Team", max = 5) String team,
                @PlainText.Valid(field = "Notes", multiLine = true, max = 20) String notes) {
    }

    /** The Bean Validation form of the rule (form beans): its message names the field, as the service's do. */
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            North        | two\\nlines | -
            North!       | two\\nlines | Team is 6 characters long; at most 5 are allowed
            N\\th       | notes       | Team must not contain tabs or line breaks
            North        | Nx21        | Notes is 21 characters long; at most 20 are allowed
            North        | a\\u0000b   | Notes must not contain control characters
            """)
    void the_annotation_names_the_field_in_its_message(String team, String notes, String expected) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Form>> violations =
                    factory.getValidator().validate(new Form(expand(team.strip()), expand(notes.strip())));
            if (expected.equals("-")) {
                assertThat(violations).isEmpty();
            } else {
                assertThat(violations).singleElement().extracting(ConstraintViolation::getMessage).asString()
                        .startsWith(expected.strip());
            }
        }
    }

    /** A leading {@code Nx<n>} becomes n letters x; the rest is unescaped. */
    private static String expand(String written) {
        Matcher m = Pattern.compile("^Nx(\\d+)(.*)$", Pattern.DOTALL).matcher(written);
        return m.matches() ? "x".repeat(Integer.parseInt(m.group(1))) + unescape(m.group(2)) : unescape(written);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                out.append(switch (n) { case 'n' -> '\n'; case 'r' -> '\r'; case 't' -> '\t'; default -> n; });
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
