package org.caseaudit.shared.council;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work "as council N" (decision 0012): background jobs, the demo loader and API calls made with an integration
 * token name their council here, and every scoped query inside (JPA through {@code @TenantId}, native SQL through
 * {@link CurrentCouncil#id()}) then reads and writes that council's rows only. Scopes nest; the previous one is put
 * back afterwards.
 */
public final class CouncilScope {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private CouncilScope() {
    }

    /** The council named by the innermost enclosing {@link #run}/{@link #call} on this thread, if any. */
    public static Optional<Long> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T call(long councilId, Supplier<T> work) {
        if (councilId <= 0) {
            throw new IllegalArgumentException("No such council: " + councilId);
        }
        Long previous = CURRENT.get();
        CURRENT.set(councilId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(long councilId, Runnable work) {
        call(councilId, () -> {
            work.run();
            return null;
        });
    }
}
