package org.caseaudit.sampling;

import java.util.SplittableRandom;

/**
 * The random stream behind every draw: SplitMix64 (Steele, Lea and Flood 2014; the reference {@code splitmix64.c}),
 * taken from {@link SplittableRandom#nextLong()} of {@code new SplittableRandom(seed)}, whose output is fixed by
 * that published algorithm (gamma 0x9e3779b97f4a7c15, Stafford's mix13). A test pins it to the reference values.
 *
 * <p>Only {@code nextLong()} is used: the JDK's own bounded methods have changed between releases, so bounded
 * integers are made here by rejection: {@code r = nextLong() >>> 1} (63 bits), rejected while it falls in the
 * incomplete last block of {@code 2^63 mod bound} values, then {@code r % bound}. This is exactly uniform.
 */
public final class SeededRandom {

    private final SplittableRandom random;

    public SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** A uniform integer in {@code [0, bound)}. */
    public int nextIndex(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long incomplete = (Long.MAX_VALUE % bound + 1) % bound;
        long lastAccepted = Long.MAX_VALUE - incomplete;
        long r;
        do {
            r = random.nextLong() >>> 1;
        } while (r > lastAccepted);
        return (int) (r % bound);
    }
}
