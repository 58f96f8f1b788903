package org.caseaudit.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What changed between the frame a sample was drawn from and the frame rebuilt now. */
public record FrameComparison(List<String> added, List<String> removed, List<String> stratumChanged) {

    public static FrameComparison between(List<FrameItem> before, List<FrameItem> now) {
        Map<Long, FrameItem> old = new HashMap<>();
        before.forEach(i -> old.put(i.id(), i));
        Map<Long, FrameItem> current = new HashMap<>();
        now.forEach(i -> current.put(i.id(), i));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (FrameItem item : now) {
            FrameItem was = old.get(item.id());
            if (was == null) {
                added.add(item.reference());
            } else if (!was.stratum().equals(item.stratum())) {
                changed.add(item.reference() + " (" + was.stratum() + " -> " + item.stratum() + ")");
            }
        }
        List<String> removed = new ArrayList<>();
        for (FrameItem item : before) {
            if (!current.containsKey(item.id())) {
                removed.add(item.reference());
            }
        }
        return new FrameComparison(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    /** The same comparison with each case named by its reference where {@code references} (by id) has one. */
    public FrameComparison withReferences(Map<String, String> references) {
        return new FrameComparison(added.stream().map(id -> references.getOrDefault(id, id)).toList(),
                removed.stream().map(id -> references.getOrDefault(id, id)).toList(),
                stratumChanged);
    }

    public boolean unchanged() {
        return added.isEmpty() && removed.isEmpty() && stratumChanged.isEmpty();
    }

    public String describe() {
        if (unchanged()) {
            return "The frame has the same cases and teams as when the sample was drawn.";
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " case(s) now in the frame that were not: " + listed(added));
        }
        if (!removed.isEmpty()) {
            parts.add(removed.size() + " case(s) no longer in the frame: " + listed(removed));
        }
        if (!stratumChanged.isEmpty()) {
            parts.add(stratumChanged.size() + " case(s) changed team: " + listed(stratumChanged));
        }
        return String.join("; ", parts) + ".";
    }

    private static String listed(List<String> refs) {
        return refs.size() <= 10 ? String.join(", ", refs)
                : String.join(", ", refs.subList(0, 10)) + " and " + (refs.size() - 10) + " more";
    }
}
