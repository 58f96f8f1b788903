package org.caseaudit.timetravel;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * During a time-travel suite ({@link TimeTravel}), makes the moment and its database part of every test context's
 * cache key, so each moment starts contexts of its own (on its clock, on its fresh database) instead of reusing those
 * of the whole suite or of another moment. Outside the suites it adds nothing: the cache keys stay as they were.
 * Registered in {@code META-INF/spring.factories}.
 */
public class TimeTravelContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        String suffix = System.getProperty(TimeTravel.SUFFIX);
        if (suffix == null) {
            return null;
        }
        return new AtMoment(System.getProperty(TimeTravel.MOMENT), suffix);
    }

    /** The cache-key part: equal for the classes of one moment, different between moments. */
    record AtMoment(String moment, String databaseSuffix) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            TimeTravel.started(context);
        }
    }
}
