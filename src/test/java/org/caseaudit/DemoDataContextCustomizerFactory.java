package org.caseaudit;

import java.util.List;
import java.util.Map;
import org.caseaudit.timetravel.TimeTravel;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test context the demo year ({@code caseaudit.demo-data=true}, {@link DemoDataTest#DEMO_DATA}): the
 * {@link DemoDataTest} classes, and during a time-travel moment every class (decision 0039). A moment runs its
 * demo classes first ({@code @Order(1)}), so its database holds the demo year before any {@link IntegrationTest}
 * class of the moment runs; they then share the moment's demo context instead of starting a second context on the
 * same database. The property is a context customizer rather than {@code @SpringBootTest(properties = ...)} because
 * a customizer can be the same for both kinds of class (the context cache's key); outside the moments the keys
 * differ by it as before: one demo context, one shared {@link IntegrationTest} context. Registered in
 * {@code META-INF/spring.factories}.
 */
public class DemoDataContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean demo = TestContextAnnotationUtils.hasAnnotation(testClass, DemoDataTest.class)
                || TimeTravel.travelling();
        return demo ? new DemoYear() : null;
    }

    /** Puts {@code caseaudit.demo-data=true} first in the context's environment, before any bean is defined. */
    record DemoYear() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            String[] property = DemoDataTest.DEMO_DATA.split("=", 2);
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("demoDataTest", Map.of(property[0], property[1])));
        }
    }
}
