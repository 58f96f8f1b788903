package org.caseaudit.sampling;

import java.nio.charset.StandardCharsets;
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
 * A sampling frame: its items sorted by id ({@link String#compareTo}, i.e. UTF-16 code-unit order), so the order
 * the database returned them in never affects a draw. Ids are unique.
 */
public final class Frame {

    public static final String NO_STRATUM = "(no team)";

    private final List<FrameItem> items;
    /** Computed once, when first asked for (a draw and its verification both need it). */
    private volatile String sha256;

    private Frame(List<FrameItem> sorted) {
        this.items = sorted;
    }

    public static Frame of(Collection<FrameItem> items) {
        List<FrameItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(FrameItem::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("The frame holds case id " + sorted.get(i).id() + " more than once");
            }
        }
        return new Frame(Collections.unmodifiableList(sorted));
    }

    /** Items in id order. */
    public List<FrameItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * SHA-256 (lower-case hex) over the UTF-8 bytes of the sorted ids, each followed by a line feed. Anyone holding
     * the list of ids can recompute it with {@code sort | sha256sum} under {@code LC_ALL=C} for ASCII ids.
     */
    public String sha256() {
        String known = sha256;
        if (known == null) {
            known = computeSha256();
            sha256 = known;
        }
        return known;
    }

    private String computeSha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // the same bytes as one update per id and line feed, handed over in blocks (200,000 small updates cost
            // more than the hashing itself)
            byte[] block = new byte[1 << 16];
            int used = 0;
            for (FrameItem item : items) {
                byte[] id = item.id().getBytes(StandardCharsets.UTF_8);
                if (used + id.length + 1 > block.length) {
                    digest.update(block, 0, used);
                    used = 0;
                }
                if (id.length + 1 > block.length) {
                    digest.update(id);
                    digest.update((byte) '\n');
                } else {
                    System.arraycopy(id, 0, block, used, id.length);
                    block[used + id.length] = '\n';
                    used += id.length + 1;
                }
            }
            digest.update(block, 0, used);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Items of each stratum, strata in name order, items in id order. */
    public Map<String, List<FrameItem>> strata() {
        TreeMap<String, List<FrameItem>> byName = new TreeMap<>();
        for (FrameItem item : items) {
            byName.computeIfAbsent(item.stratum(), s -> new ArrayList<>()).add(item);
        }
        return new LinkedHashMap<>(byName);
    }
}
