package org.caseaudit.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shares sampled cases between auditors and picks the moderated share. Deterministic: the same cases, people and
 * moderation seed give the same result.
 * <ul>
 * <li>Nobody audits or moderates a case of their own team (teams compared ignoring case and outer spaces; a person
 * without a team conflicts with nobody).</li>
 * <li>Auditors: cases with the fewest eligible auditors go first (then in draw order); each goes to the eligible
 * auditor with the fewest cases so far (ties: username A-Z).</li>
 * <li>Moderation: {@code ceil(percent * n / 100)} cases: the cases in draw order are shuffled (Fisher-Yates,
 * {@link SeededRandom}(moderation seed)) and taken in that order, skipping any case no moderator may take (own team,
 * or its own auditor); each goes to the eligible moderator with the fewest so far (ties: username A-Z). Fewer are
 * moderated only when too few cases have an eligible moderator (the audit trail records the number).</li>
 * </ul>
 */
public final class Assigner {

    public record Case(long itemId, String reference, String team) {
    }

    public record Person(String username, String team) {
    }

    public record Assignment(long itemId, String auditor, String moderator) {
    }

    private Assigner() {
    }

    /** Assignments in the order of {@code cases}. */
    public static List<Assignment> assign(List<Case> cases, List<Person> auditors, List<Person> moderators,
                                          int moderationPercent, long moderationSeed) {
        if (moderationPercent < 0 || moderationPercent > 100) {
            throw new SamplingException("moderationPercent", "The moderation share must be between 0 and 100%");
        }
        if (auditors.isEmpty()) {
            throw new SamplingException("auditors", "There are no auditors to assign");
        }
        List<Person> sortedAuditors = sorted(auditors);
        List<Person> sortedModerators = sorted(moderators);
        Map<Long, String> auditorOf = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        int[] eligibleCount = cases.stream().mapToInt(c -> eligible(sortedAuditors, c, null).size()).toArray();
        order.sort(Comparator.<Integer>comparingInt(i -> eligibleCount[i]).thenComparing(i -> i));
        for (int i : order) {
            Case c = cases.get(i);
            Person chosen = leastLoaded(eligible(sortedAuditors, c, null), load);
            if (chosen == null) {
                throw new SamplingException("auditors", "No auditor can take case " + c.reference()
                        + ": every auditor is in its team (" + c.team() + ")");
            }
            auditorOf.put(c.itemId(), chosen.username());
            load.merge(chosen.username(), 1, Integer::sum);
        }

        Map<Long, String> moderatorOf = new HashMap<>();
        int moderated = (int) Math.ceil(moderationPercent * cases.size() / 100.0);
        if (moderated > 0) {
            if (sortedModerators.isEmpty()) {
                throw new SamplingException("moderators",
                        "A moderation share was asked for but there are no moderators");
            }
            List<Case> shuffled = new ArrayList<>(cases);
            Sampler.partialShuffle(shuffled, 0, shuffled.size(), new SeededRandom(moderationSeed));
            Map<String, Integer> moderationLoad = new HashMap<>();
            for (Case c : shuffled) {
                if (moderatorOf.size() == moderated) {
                    break;
                }
                Person chosen = leastLoaded(eligible(sortedModerators, c, auditorOf.get(c.itemId())), moderationLoad);
                if (chosen != null) {
                    moderatorOf.put(c.itemId(), chosen.username());
                    moderationLoad.merge(chosen.username(), 1, Integer::sum);
                }
            }
            if (moderatorOf.isEmpty()) {
                throw new SamplingException("moderators", "No moderator can take any of these cases: every moderator "
                        + "is in the case's team or is its auditor");
            }
        }
        Map<Long, Assignment> result = new LinkedHashMap<>();
        for (Case c : cases) {
            result.put(c.itemId(), new Assignment(c.itemId(), auditorOf.get(c.itemId()), moderatorOf.get(c.itemId())));
        }
        return List.copyOf(result.values());
    }

    /** The auditor a replacement case should go to: the excluded case's auditor if eligible, else the least loaded. */
    public static String auditorForReplacement(Case replacement, String previousAuditor, List<Person> auditors,
                                               Map<String, Integer> currentLoad) {
        List<Person> eligible = eligible(sorted(auditors), replacement, null);
        if (eligible.stream().anyMatch(p -> p.username().equals(previousAuditor))) {
            return previousAuditor;
        }
        Person chosen = leastLoaded(eligible, new HashMap<>(currentLoad));
        if (chosen == null) {
            throw new SamplingException("auditors", "No auditor can take case " + replacement.reference()
                    + ": every auditor is in its team (" + replacement.team() + ")");
        }
        return chosen.username();
    }

    public static boolean sameTeam(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static List<Person> eligible(List<Person> people, Case c, String notThisPerson) {
        return people.stream()
                .filter(p -> !sameTeam(p.team(), c.team()))
                .filter(p -> !p.username().equals(notThisPerson))
                .toList();
    }

    private static Person leastLoaded(List<Person> eligible, Map<String, Integer> load) {
        Person best = null;
        int bestLoad = Integer.MAX_VALUE;
        for (Person p : eligible) {
            int l = load.getOrDefault(p.username(), 0);
            if (l < bestLoad) {
                best = p;
                bestLoad = l;
            }
        }
        return best;
    }

    private static List<Person> sorted(List<Person> people) {
        return people.stream().sorted(Comparator.comparing(Person::username)).toList();
    }
}
