package org.caseaudit.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) that tell time by the application's {@link Clock}, so tests can move time; one bucket per
 * key (a client address, a user), at most {@code maxKeys} kept: when there are more, the buckets that are full again
 * (their key has been quiet) are dropped, since a new bucket starts full anyway. Public so that other modules' public
 * endpoints (the family feedback link) rate-limit the same way as sign-in.
 */
public final class TokenBuckets {

    private final Clock clock;
    private final long capacity;
    private final Duration period;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(Clock clock, long capacity, Duration period, int maxKeys) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period");
        }
        this.clock = clock;
        this.capacity = capacity;
        this.period = period;
        this.maxKeys = maxKeys;
    }

    /** One bucket of {@code capacity} tokens, refilled evenly over {@code period}, on the given clock. */
    static Bucket bucket(Clock clock, long capacity, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(meter(clock))
                .build();
    }

    static TimeMeter meter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one token from the key's bucket; false when it is empty (the caller is over the limit). */
    public boolean tryConsume(String key) {
        return forKey(key == null ? "" : key).tryConsume(1);
    }

    Bucket forKey(String key) {
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> bucket(clock, capacity, period));
    }
}
