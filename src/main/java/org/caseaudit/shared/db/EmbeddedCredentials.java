package org.caseaudit.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's two accounts and their generated passwords. The passwords are made once (32 random bytes),
 * kept in {@code <embedded directory>/credentials/} (folder rwx------, files rw-------) and reused at every start. The
 * server creates or re-keys the accounts from an init file (also owner-only, deleted once the server is up):
 * <ul>
 * <li>{@value #OWNER}: the schema owner, all privileges on the {@code caseaudit%} databases with grant option; Flyway
 * migrates as it and it grants the runtime account its privileges ({@code RuntimeAccountGrants}).</li>
 * <li>{@value #APP}: the runtime account the application runs as; it gets only table privileges after Flyway.</li>
 * </ul>
 * Both accounts exist only at 127.0.0.1, the one address the server listens on.
 */
record EmbeddedCredentials(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    static final String OWNER = "caseaudit_owner";
    static final String APP = "caseaudit_app";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials loadOrCreate(Path folder) {
        try {
            Files.createDirectories(folder);
            ownerOnlyDirectory(folder);
            return new EmbeddedCredentials(OWNER, passwordIn(folder.resolve(OWNER + ".password")),
                    APP, passwordIn(folder.resolve(APP + ".password")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded database's passwords in " + folder, e);
        }
    }

    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            ownerOnlyFile(file);
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.matches("[A-Za-z0-9_-]{32,}")) {
                return kept;
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writeOwnerOnly(file, password + "\n");
        return password;
    }

    /** The statements the server runs at start, before it accepts connections; returns the file. */
    Path writeInitFile(Path file) throws IOException {
        String host = EmbeddedDatabase.BIND_ADDRESS;
        String sql = String.join("\n",
                account(ownerUser, host, ownerPassword),
                "GRANT ALL PRIVILEGES ON `caseaudit%`.* TO '" + ownerUser + "'@'" + host + "' WITH GRANT OPTION;",
                account(appUser, host, appPassword),
                "DROP USER IF EXISTS ''@'localhost';",
                "DROP USER IF EXISTS ''@'" + hostName() + "';",
                "");
        writeOwnerOnly(file, sql);
        return file;
    }

    /** mariadb-install-db also makes an anonymous account at the machine's name. */
    private static String hostName() {
        try {
            String name = java.net.InetAddress.getLocalHost().getHostName();
            return name.matches("[A-Za-z0-9.-]{1,60}") ? name : "localhost";
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static String account(String user, String host, String password) {
        String name = "'" + user + "'@'" + host + "'";
        return "CREATE USER IF NOT EXISTS " + name + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + name + " IDENTIFIED BY '" + password + "';";
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (isPosix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    static void ownerOnlyDirectory(Path folder) throws IOException {
        if (isPosix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void ownerOnlyFile(Path file) throws IOException {
        if (isPosix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + ownerUser + ", " + appUser + "]";
    }
}
