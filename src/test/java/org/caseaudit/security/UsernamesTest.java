package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every spelling of a username that should reach one account folds to one key (issue 19, point 2). */
class UsernamesTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sectest-enum              | sectest-enum
            SecTest-Enum              | sectest-enum
            séctest-enum              | sectest-enum
            SÉCTEST-ENUM              | sectest-enum
            ｓｅｃｔｅｓｔ-enum           | sectest-enum
            ＳＥＣＴＥＳＴ－ｅｎｕｍ          | sectest-enum
            'se\u0301ctest-enum'      | sectest-enum
            '  sectest-enum  '        | sectest-enum
            Zoë.Smith                 | zoe.smith
            ﬁona_o                    | fiona_o
            Straße                    | strasse
            ''                        | ''
            """)
    void spellings_fold_to_one_key(String typed, String key) {
        assertThat(Usernames.normalise(typed.replace("\\u0301", "\u0301"))).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"admin", "lead", "auditor2", "a.b_c-d"})
    void a_plain_username_is_its_own_key(String username) {
        assertThat(Usernames.normalise(username)).isEqualTo(username);
    }
}
