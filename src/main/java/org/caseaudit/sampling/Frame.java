package org.caseaudit.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
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
        return new Frame(List.copyOf(sorted));
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (FrameItem item : items) {
                digest.update(item.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
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
