package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeededRandomTest {

    /** splitmix64.c (Vigna, public domain), written out independently of the JDK. */
    private static long[] referenceSplitMix64(long seed, int count) {
        long[] out = new long[count];
        long x = seed;
        for (int i = 0; i < count; i++) {
            long z = (x += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            out[i] = z ^ (z >>> 31);
        }
        return out;
    }

    @Test
    void the_stream_is_splitmix64_with_its_published_values() {
        // Published output of splitmix64 seeded with 1234567 (unsigned 6457827717110365317, 3203168211198807973,
        // 9817491932198370423): the JDK's SplittableRandom must keep producing exactly these.
        SeededRandom random = new SeededRandom(1234567L);
        assertThat(random.nextLong()).isEqualTo(6457827717110365317L);
        assertThat(random.nextLong()).isEqualTo(3203168211198807973L);
        assertThat(Long.toUnsignedString(random.nextLong())).isEqualTo("9817491932198370423");
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, 42L, -7L, 999_999_999_999L, Long.MIN_VALUE})
    void the_stream_matches_the_reference_algorithm_for_any_seed(long seed) {
        SeededRandom random = new SeededRandom(seed);
        long[] expected = referenceSplitMix64(seed, 1000);
        for (long value : expected) {
            assertThat(random.nextLong()).isEqualTo(value);
        }
    }

    @Test
    void bounded_indexes_stay_in_range_and_bound_one_is_always_zero() {
        SeededRandom random = new SeededRandom(5);
        for (int i = 0; i < 10_000; i++) {
            assertThat(random.nextIndex(7)).isBetween(0, 6);
            assertThat(random.nextIndex(1)).isZero();
            assertThat(random.nextIndex(Integer.MAX_VALUE)).isBetween(0, Integer.MAX_VALUE - 1);
        }
    }
}
