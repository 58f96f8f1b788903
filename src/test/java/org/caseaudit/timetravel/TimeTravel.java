package org.caseaudit.timetravel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The moment a time-travel suite runs the date-sensitive tests at (tag {@code clock}), in the surefire JVM of the
 * whole suite: {@link #to} stops the application clock of every Spring context started from then on at the moment
 * ({@code caseaudit.clock.fixed}) and gives those contexts a fresh test database of their own
 * ({@code caseaudit.test-database.suffix}); {@link TimeTravelContextCustomizerFactory} keeps them apart from the
 * contexts of other moments in Spring's context cache. {@link #back} closes the moment's contexts and restores the
 * system properties. Decision 0020.
 */
public final class TimeTravel {

    static final String MOMENT = "caseaudit.clock.fixed";
    static final String SUFFIX = "caseaudit.test-database.suffix";

    private static String previousMoment;
    private static String previousSuffix;
    private static String current;
    private static final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    private TimeTravel() {
    }

    /**
     * Travels to the moment named {@code name}: the system property {@code time-travel.<name>} (the pom passes the
     * moments it defines, overridable with {@code -Dtime-travel.<name>=...}) or else {@code fallback}.
     */
    static synchronized void to(String name, String fallback) {
        if (current != null) {
            throw new IllegalStateException("Already travelled to " + current + "; suites run one after another");
        }
        String moment = System.getProperty("time-travel." + name, fallback);
        previousMoment = System.getProperty(MOMENT);
        previousSuffix = System.getProperty(SUFFIX);
        System.setProperty(MOMENT, moment);
        System.setProperty(SUFFIX, "_tt_" + name.replace('-', '_').toLowerCase(Locale.ROOT));
        current = name + " (" + moment + ")";
    }

    /** Closes the contexts started at the moment (their database pools with them) and comes back. */
    static synchronized void back() {
        contexts.forEach(ConfigurableApplicationContext::close);
        contexts.clear();
        restore(MOMENT, previousMoment);
        restore(SUFFIX, previousSuffix);
        current = null;
    }

    /** Whether a time-travel suite is running: its contexts all load the demo year (decision 0039). */
    public static synchronized boolean travelling() {
        return current != null;
    }

    static synchronized void started(ConfigurableApplicationContext context) {
        contexts.add(context);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
