package org.caseaudit.sampling;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws samples. Pure: the same frame (as a set of ids and strata), design and seed always give the same draw.
 *
 * <p>The algorithms, version {@value #METHOD_VERSION} (a change to any of them must change the version, so that
 * "verify" can say a stored sample was drawn by other code):
 * <ul>
 * <li>The frame is sorted by id first; the random stream is {@link SeededRandom}.</li>
 * <li>Simple random: a partial Fisher-Yates shuffle of the sorted frame: for position i = 0, 1, ... swap item i
 * with item i + nextIndex(N - i). The first n positions are the sample in draw order, the next K the reserves.</li>
 * <li>Systematic: start s = nextIndex(N); the i-th case (i = 0..n-1) is the one at position floor((s + i*N) / n),
 * i.e. a random start and a fixed (possibly fractional) interval N/n. Reserves: then a partial Fisher-Yates
 * shuffle, as above, over the cases not selected (in id order), continuing the same stream.</li>
 * <li>Stratified: strata in name order and allocated by {@link StratumAllocator}; first each stratum's sample
 * (a partial Fisher-Yates shuffle of its sorted items), strata in name order; then each stratum's reserves,
 * continuing its own shuffle, strata in name order. One stream serves all strata.</li>
 * </ul>
 */
public final class Sampler {

    public static final String METHOD_VERSION = "caseaudit-sampling-1 (SplitMix64, rejection bounds, Fisher-Yates)";

    /** Seeds offered when none is given: 1 to 999,999,999,999, short enough to read out and type. */
    public static final long MAX_GENERATED_SEED = 999_999_999_999L;

    private static final SecureRandom SEED_SOURCE = new SecureRandom();

    private Sampler() {
    }

    public static long generateSeed() {
        return 1 + SEED_SOURCE.nextLong(MAX_GENERATED_SEED);
    }

    public static DrawResult draw(Frame frame, SampleDesign design, long seed) {
        if (frame.isEmpty()) {
            throw new SamplingException("frame", "The frame is empty: there is nothing to sample");
        }
        int population = frame.size();
        int n = design.size().resolve(population);
        int k = Math.min(design.reserves(), population - n);
        SeededRandom random = new SeededRandom(seed);
        List<DrawnItem> drawn = new ArrayList<>(n + k);
        List<AllocationRow> allocation = List.of();
        switch (design.method()) {
            case SIMPLE_RANDOM -> {
                // positions, not items, are shuffled: the same swaps as shuffling the items, for either backing
                int[] positions = identity(population);
                partialShuffle(positions, 0, n + k, random);
                add(drawn, frame, positions, 0, n, DrawnItem.Kind.SAMPLE);
                add(drawn, frame, positions, n, n + k, DrawnItem.Kind.RESERVE);
            }
            case SYSTEMATIC -> {
                long start = random.nextIndex(population);
                boolean[] taken = new boolean[population];
                int[] sample = new int[n];
                for (int i = 0; i < n; i++) {
                    int position = (int) ((start + (long) i * population) / n);
                    taken[position] = true;
                    sample[i] = position;
                }
                int[] rest = new int[population - n];
                int r = 0;
                for (int i = 0; i < population; i++) {
                    if (!taken[i]) {
                        rest[r++] = i;
                    }
                }
                partialShuffle(rest, 0, k, random);
                add(drawn, frame, sample, 0, n, DrawnItem.Kind.SAMPLE);
                add(drawn, frame, rest, 0, k, DrawnItem.Kind.RESERVE);
            }
            case STRATIFIED -> {
                Map<String, List<FrameItem>> strata = frame.strata();
                List<String> names = new ArrayList<>(strata.keySet());
                int[] sizes = names.stream().mapToInt(s -> strata.get(s).size()).toArray();
                allocation = StratumAllocator.allocate(names, sizes, n, k, design.allocation(),
                        design.atLeastOnePerStratum());
                List<List<FrameItem>> shuffled = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    List<FrameItem> items = new ArrayList<>(strata.get(names.get(i)));
                    int take = allocation.get(i).sample();
                    partialShuffle(items, 0, take, random);
                    add(drawn, items.subList(0, take), DrawnItem.Kind.SAMPLE);
                    shuffled.add(items);
                }
                for (int i = 0; i < names.size(); i++) {
                    AllocationRow row = allocation.get(i);
                    List<FrameItem> items = shuffled.get(i);
                    partialShuffle(items, row.sample(), row.sample() + row.reserves(), random);
                    add(drawn, items.subList(row.sample(), row.sample() + row.reserves()), DrawnItem.Kind.RESERVE);
                }
                k = allocation.stream().mapToInt(AllocationRow::reserves).sum();
            }
        }
        return new DrawResult(design.method(), METHOD_VERSION, seed, population, frame.sha256(), n, k,
                drawn, allocation);
    }

    /** Fisher-Yates for positions [from, to): position i takes the item at i + nextIndex(size - i). */
    static <T> void partialShuffle(List<T> items, int from, int to, SeededRandom random) {
        int size = items.size();
        for (int i = from; i < to; i++) {
            int j = i + random.nextIndex(size - i);
            if (j != i) {
                T swap = items.get(i);
                items.set(i, items.get(j));
                items.set(j, swap);
            }
        }
    }

    /** The same swaps as {@link #partialShuffle(List, int, int, SeededRandom)}, on positions. */
    static void partialShuffle(int[] positions, int from, int to, SeededRandom random) {
        int size = positions.length;
        for (int i = from; i < to; i++) {
            int j = i + random.nextIndex(size - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
    }

    private static int[] identity(int size) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        return positions;
    }

    private static void add(List<DrawnItem> drawn, Frame frame, int[] positions, int from, int to,
            DrawnItem.Kind kind) {
        for (int i = from; i < to; i++) {
            drawn.add(new DrawnItem(drawn.size() + 1, kind, frame.item(positions[i])));
        }
    }

    private static void add(List<DrawnItem> drawn, List<FrameItem> items, DrawnItem.Kind kind) {
        for (FrameItem item : items) {
            drawn.add(new DrawnItem(drawn.size() + 1, kind, item));
        }
    }
}
