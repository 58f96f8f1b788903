package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
