package org.caseaudit.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a username: used when an account is created, when someone signs in, and as the key of the
 * sign-in lockout, so that every way of typing a name reaches the same account and the same failure count.
 * <ol>
 * <li>Unicode NFKC: compatibility forms become their plain letters (full-width {@code ｓｅｃ} is {@code sec}, the
 * ligature {@code ﬁ} is {@code fi});</li>
 * <li>case folded (upper then lower case, root locale, so {@code ß} is {@code ss} and {@code İ} is {@code i});</li>
 * <li>accents removed ({@code é} is {@code e}): usernames are plain ASCII letters, digits, dot, dash and underscore,
 * and someone typing their name with its accents means the same account (the database's accent-insensitive
 * collation already matched them, which is how {@code séctest} signed in as {@code sectest});</li>
 * <li>surrounding white space removed.</li>
 * </ol>
 */
public final class Usernames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Usernames() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(unaccented, Normalizer.Form.NFKC).strip();
    }
}
