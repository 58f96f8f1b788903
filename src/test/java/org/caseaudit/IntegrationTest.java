package org.caseaudit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real MariaDB: the server in TEST_DB_URL (its database is dropped and
 * recreated once per test JVM) or else an embedded MariaDB under target/. No demo year: the context holds the shared
 * fixture of {@code security.SharedTestData} (users per role, the 600-case register, teams; no cycles) and whatever a
 * test seeds itself (fixtures: {@code audit.TestCases}, {@code audit.AuditTestSupport}, docs/testing.md). Tests about
 * the demo year use {@link DemoDataTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
public @interface IntegrationTest {
}
