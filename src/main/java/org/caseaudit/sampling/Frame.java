package org.caseaudit.sampling;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sampling frame: its items sorted by the decimal text of their case ids ("10" before "9", see {@link #TEXT_ORDER}),
 * so the order the database returned them in never affects a draw. Ids are unique. The ids are numbers, but the order
 * and the hash stay those of their text, as when ids travelled as strings: every stored draw reproduces and
 * verifies unchanged (decision 0021).
 *
 * <p>Two backings, the same frame to every reader: a list of items (id, reference, team), or, for a frame of
 * register ids read without references or teams (designs that do not stratify), the ids alone as numbers
 * ({@link #ofNumericIds}). The numeric backing keeps the ids in the same order as their decimal text would sort,
 * so position, hash and therefore every draw are identical to a list frame of the same ids; a test checks this.
 */
public final class Frame {

    public static final String NO_STRATUM = "(no team)";

    /** Ids of the numeric backing must be below this (17 decimal digits), so a sort key fits in a long. */
    public static final long MAX_NUMERIC_ID = 99_999_999_999_999_999L;

    private static final long[] POWERS_OF_TEN = new long[18];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Frame order: case ids as their decimal text sorts (code-unit order of ASCII digits). */
    public static final Comparator<FrameItem> TEXT_ORDER = Comparator.comparingLong(i -> textOrderKey(i.id()));

    /** Items in id order, or null for the numeric backing. */
    private final List<FrameItem> items;
    /** Ids in the order of their decimal text, or null for the list backing. */
    private final long[] numericIds;
    /** Computed once, when first asked for (a draw and its verification both need it); guarded by this. */
    private String sha256;

    private Frame(List<FrameItem> sorted) {
        this.items = sorted;
        this.numericIds = null;
    }

    private Frame(long[] sorted) {
        this.items = null;
        this.numericIds = sorted;
    }

    /**
     * A frame of numeric ids only (no references, no teams: {@link #strata()} is refused). The ids may come in any
     * order; they must be unique, at least 0 and at most {@link #MAX_NUMERIC_ID}. <b>The array becomes the frame's:
     * it is sorted in place</b> (a frame of 200,000 ids is built without a copy). The ids are sorted as their decimal
     * text sorts ("10" before "9"), by sorting numbers whose order is that text order: the id followed by zeros up to
     * 17 digits, then its number of digits (a prefix before what it prefixes).
     */
    public static Frame ofNumericIds(long[] ids) {
        for (int i = 0; i < ids.length; i++) {
            long id = ids[i];
            if (id < 0 || id > MAX_NUMERIC_ID) {
                throw new IllegalArgumentException("Case id " + id + " cannot be held as a numeric frame id");
            }
            ids[i] = textOrderKey(id);
        }
        java.util.Arrays.sort(ids);
        long previousKey = -1;
        for (int i = 0; i < ids.length; i++) {
            long key = ids[i];
            int digits = (int) (key % 18);
            ids[i] = key / 18 / POWERS_OF_TEN[17 - digits];
            if (key == previousKey) {
                throw new IllegalArgumentException("The frame holds case id " + ids[i] + " more than once");
            }
            previousKey = key;
        }
        return new Frame(ids);
    }

    /**
     * A number whose order is the order of {@code id}'s decimal text: the id followed by zeros up to 17 digits, then
     * its number of digits (a prefix sorts before what it prefixes). For 0 to {@link #MAX_NUMERIC_ID}.
     */
    static long textOrderKey(long id) {
        int digits = digits(id);
        return id * POWERS_OF_TEN[17 - digits] * 18 + digits;
    }

    private static int digits(long value) {
        int digits = 1;
        while (digits < 18 && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    /** Whether the frame holds ids only (no references or teams). */
    public boolean idsOnly() {
        return numericIds != null;
    }

    /** The numeric ids in frame order (a copy), for a frame of ids only. */
    public long[] numericIds() {
        if (numericIds == null) {
            throw new IllegalStateException("This frame holds items, not numeric ids");
        }
        return numericIds.clone();
    }

    /** The id at a position (0-based, frame order). */
    public long id(int position) {
        return numericIds != null ? numericIds[position] : items.get(position).id();
    }

    /** The item at a position (0-based, frame order); for a frame of ids only, the id with no reference or team. */
    public FrameItem item(int position) {
        return numericIds != null ? FrameItem.of(numericIds[position], null) : items.get(position);
    }

    public static Frame of(Collection<FrameItem> items) {
        List<FrameItem> sorted = new ArrayList<>(items);
        sorted.sort(TEXT_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id() == sorted.get(i - 1).id()) {
                throw new IllegalArgumentException("The frame holds case id " + sorted.get(i).id() + " more than once");
            }
        }
        return new Frame(Collections.unmodifiableList(sorted));
    }

    /** Items in id order (for a frame of ids only, each id with no reference or team). */
    public List<FrameItem> items() {
        if (numericIds == null) {
            return items;
        }
        List<FrameItem> all = new ArrayList<>(numericIds.length);
        for (int i = 0; i < numericIds.length; i++) {
            all.add(item(i));
        }
        return Collections.unmodifiableList(all);
    }

    public int size() {
        return numericIds != null ? numericIds.length : items.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * SHA-256 (lower-case hex) over the decimal text of the ids in frame order, each followed by a line feed: the
     * bytes of the text ids of before (decision 0021). Anyone holding the list of ids can recompute it with
     * {@code LC_ALL=C sort | sha256sum}.
     */
    public String sha256() {
        synchronized (this) {
            // one computation, even when a draw asks for it on two threads at once
            if (sha256 == null) {
                sha256 = computeSha256();
            }
            return sha256;
        }
    }

    private String computeSha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // the same bytes as one update per id and line feed, handed over in blocks (200,000 small updates cost
            // more than the hashing itself)
            byte[] block = new byte[1 << 16];
            int used = 0;
            if (numericIds != null) {
                for (long id : numericIds) {
                    if (used + 19 > block.length) {
                        digest.update(block, 0, used);
                        used = 0;
                    }
                    used = putDecimal(id, block, used);
                    block[used++] = '\n';
                }
                digest.update(block, 0, used);
                return HexFormat.of().formatHex(digest.digest());
            }
            for (FrameItem item : items) {
                if (used + 19 > block.length) {
                    digest.update(block, 0, used);
                    used = 0;
                }
                used = putDecimal(item.id(), block, used);
                block[used++] = '\n';
            }
            digest.update(block, 0, used);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The ASCII digits of a non-negative number, as {@link Long#toString} writes them; returns the next offset. */
    private static int putDecimal(long value, byte[] block, int offset) {
        int digits = digits(value);
        long rest = value;
        for (int i = offset + digits - 1; i >= offset; i--) {
            block[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return offset + digits;
    }

    /** Items of each stratum, strata in name order, items in id order. Refused for a frame of ids only. */
    public Map<String, List<FrameItem>> strata() {
        if (numericIds != null) {
            throw new IllegalStateException(
                    "A frame of ids only has no teams: read the frame with its teams to stratify");
        }
        TreeMap<String, List<FrameItem>> byName = new TreeMap<>();
        for (FrameItem item : items) {
            byName.computeIfAbsent(item.stratum(), s -> new ArrayList<>()).add(item);
        }
        return new LinkedHashMap<>(byName);
    }
}
