package org.caseaudit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test about the demo year (600 cases, 12 audited and moderated cycles, the demo users): the whole
 * application on a real MariaDB, like {@link IntegrationTest}, with {@code caseaudit.demo-data=true}. All classes with
 * this annotation share one Spring context of their own (loading the demo year costs about half a minute), so use it
 * only for a test that is about the demo data, and say why in the class's Javadoc; every other test is an
 * {@link IntegrationTest} and seeds what it needs (docs/testing.md). The property comes from
 * {@link DemoDataContextCustomizerFactory}, which in a time-travel moment gives it to every class, so a moment runs all
 * its classes in one context (decision 0039).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest // the property: DemoDataContextCustomizerFactory (one context per moment in time travel, decision 0039)
@ActiveProfiles("test")
@Order(1) // first in each test JVM (surefire's class orderer): the demo year loads into an untouched database
@Tag(DemoDataTest.TAG) // surefire runs these classes together, first in their JVM: org.caseaudit.suites
public @interface DemoDataTest {

    /** The tag of every demo-data test class. */
    String TAG = "demo";

    /** The one property that makes a demo context; the browser journeys start with the same, so they share it. */
    String DEMO_DATA = "caseaudit.demo-data=true";
}
