package org.caseaudit.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Anonymisation rules of every anonymised output (PDF and workbooks), for panel viewers and independent members.
 * <ul>
 * <li><b>Pseudonyms</b>: a case reference becomes {@code C-} and six characters of a keyed hash (HMAC-SHA256 over the
 * cycle id and the reference, key from {@link PseudonymKey}): the same case has the same pseudonym in every output of
 * one cycle and a different one in another cycle, and nobody without the key can recompute or reverse it. Characters
 * are Crockford base 32 (no I, L, O, U). Should two references of one batch ever share six characters (about 1 in
 * 1,500 for a sample of 1,200), {@link #pseudonyms} gives both eight.</li>
 * <li><b>Small counts</b>: counts from 1 to 5 are shown as {@value #SUPPRESSED} (0 and more than 5 are shown), as in
 * DfE statistics; a percentage (and its interval) is suppressed when its numerator or its denominator is.</li>
 * <li><b>Free text</b> (evidence notes, strengths, action notes) is omitted unless marked reviewed for
 * publication; names of people are never printed (outputs show roles instead).</li>
 * </ul>
 * The methods are pure apart from reading the key once; they need no role (callers are secured services).
 */
@Component
public class Anonymiser {

    /** What a suppressed count or percentage shows. */
    public static final String SUPPRESSED = "c";
    /** Shown instead of free text that nobody has reviewed for publication. */
    public static final String TEXT_OMITTED = "[free text omitted in the anonymised version]";
    /** The statement on the cover of every anonymised output. */
    public static final String STATEMENT = "This is the anonymised version. Case references are replaced by "
            + "pseudonyms (for example C-7F3A9K): a keyed code that stays the same within this audit cycle, changes "
            + "between cycles and cannot be traced back to a case outside the Case Audit Workbench. It contains no "
            + "names of children, family members or staff. Free-text notes are left out unless they were reviewed "
            + "for publication. Small numbers are controlled as the disclosure-control statement below says, so "
            + "that no child or family can be identified from them.";

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int SHORT_LENGTH = 6;
    static final int LONG_LENGTH = 8;
    private static final int SMALLEST_SHOWN = 6;

    private final Supplier<byte[]> key;

    @Autowired
    Anonymiser(PseudonymKey key) {
        this.key = key::bytes;
    }

    private Anonymiser(Supplier<byte[]> key) {
        this.key = key;
    }

    /** An anonymiser with a fixed key (tests, benchmarks). */
    static Anonymiser withKey(byte[] key) {
        byte[] copy = key.clone();
        return new Anonymiser(() -> copy);
    }

    /** The pseudonym of one case reference in one cycle, e.g. {@code C-7F3A9K}. */
    public String pseudonym(long cycleId, String caseReference) {
        return "C-" + code(cycleId, caseReference, SHORT_LENGTH);
    }

    /**
     * Pseudonyms of many references of one cycle, in their order, each distinct: references whose six-character codes
     * collide get eight characters.
     */
    public Map<String, String> pseudonyms(long cycleId, Collection<String> caseReferences) {
        Set<String> references = new LinkedHashSet<>(caseReferences);
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String reference : references) {
            String code = pseudonym(cycleId, reference);
            codes.put(reference, code);
            uses.merge(code, 1, Integer::sum);
        }
        codes.replaceAll((reference, code) -> uses.get(code) > 1
                ? "C-" + code(cycleId, reference, LONG_LENGTH) : code);
        return codes;
    }

    /** True when a count is shown as {@value #SUPPRESSED}: 1 to 5. */
    public static boolean suppressed(long count) {
        return count >= 1 && count < SMALLEST_SHOWN;
    }

    /** A count as printed: {@value #SUPPRESSED} for 1 to 5, otherwise the number. */
    public static String count(long count) {
        return suppressed(count) ? SUPPRESSED : Long.toString(count);
    }

    /** True when a percentage numerator/denominator is not shown, because either count is. */
    public static boolean suppressed(long numerator, long denominator) {
        return suppressed(numerator) || suppressed(denominator);
    }

    /**
     * A percentage as printed in an anonymised output: {@value #SUPPRESSED} when suppressed, an en dash when the
     * denominator is 0, otherwise whole per cent (half up), e.g. {@code 83%}.
     */
    public static String percent(long numerator, long denominator) {
        if (suppressed(numerator, denominator)) {
            return SUPPRESSED;
        }
        if (denominator == 0) {
            return "–";
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                + "%";
    }

    /** Free text in an anonymised output: the text when reviewed for publication, otherwise {@link #TEXT_OMITTED}. */
    public static String freeText(String text, boolean reviewed) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return reviewed ? text : TEXT_OMITTED;
    }

    private String code(long cycleId, String caseReference, int length) {
        if (caseReference == null || caseReference.isBlank()) {
            throw new IllegalArgumentException("A case reference is required for a pseudonym");
        }
        byte[] digest = hmac(("caseaudit-pseudonym-v1|" + cycleId + "|" + caseReference.strip())
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder code = new StringBuilder(length);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31)));
        }
        return code.toString();
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }
}
