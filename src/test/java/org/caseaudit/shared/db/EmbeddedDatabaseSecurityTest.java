package org.caseaudit.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embedded default is not open to the network (issue 19, item 1): from outside the application a connection
 * without the generated password is refused, the server listens on the loopback address only, the passwords are kept
 * readable by their owner only and are the same after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseSecurityTest {

    private static final Path DIRECTORY = Path.of("target", "embedded-security-test");
    private EmbeddedDatabase server;
    private EmbeddedDatabase.Connection connection;

    @BeforeAll
    void start() {
        server = new EmbeddedDatabase();
        connection = server.start(DIRECTORY, "caseaudit_security", false);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/";
    }

    @Test
    void connections_without_the_generated_password_are_refused() {
        EmbeddedCredentials accounts = connection.credentials();
        assertRefused("root", "");
        assertRefused("root", null);
        assertRefused("", "");
        assertRefused(accounts.appUser(), "");
        assertRefused(accounts.appUser(), "wrong-password");
        assertRefused(accounts.ownerUser(), "");
        assertRefused(accounts.ownerUser(), accounts.appPassword());
        assertRefused("nobody", "");
    }

    private void assertRefused(String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(serverUrl(), user, password).close())
                .as("connection as '%s' with password %s", user, password == null ? "none" : "'" + password + "'")
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void the_application_accounts_connect_with_their_passwords_and_grant_tables_are_in_force() throws SQLException {
        EmbeddedCredentials accounts = connection.credentials();
        try (Connection owner = DriverManager.getConnection(connection.url(), accounts.ownerUser(),
                accounts.ownerPassword())) {
            assertThat(single(owner, "SELECT CURRENT_USER()")).isEqualTo(accounts.ownerUser() + "@127.0.0.1");
            assertThat(single(owner, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            // With --skip-grant-tables every account could do everything; with grants the owner cannot read mysql.user.
            assertThatThrownBy(() -> single(owner, "SELECT COUNT(*) FROM mysql.global_priv"))
                    .hasMessageContaining("denied");
        }
        try (Connection app = DriverManager.getConnection(serverUrl(), accounts.appUser(), accounts.appPassword())) {
            assertThatThrownBy(() -> single(app, "CREATE TABLE caseaudit_security.intruder (id INT)"))
                    .hasMessageContaining("denied");
        }
    }

    @Test
    void nothing_listens_beyond_loopback() throws IOException {
        int port = server.port();
        List<String> listening = listeningAddresses(port);
        assertThat(listening).as("sockets listening on port %d", port).isNotEmpty()
                .allSatisfy(address -> assertThat(address).isIn("0100007F"));
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 1000))
                        .as("connecting to %s:%d", address.getHostAddress(), port).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void passwords_are_kept_owner_only_and_reused_after_a_restart() throws IOException {
        Path folder = DIRECTORY.resolve("credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIRECTORY.resolve("data"))))
                .isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).hasSize(2).allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------"));
        }
        assertThat(Files.readString(folder.resolve(EmbeddedCredentials.APP + ".password")).strip())
                .isEqualTo(connection.credentials().appPassword());
        try (var tmp = Files.list(DIRECTORY.resolve("tmp"))) {
            assertThat(tmp.map(Path::getFileName).map(Path::toString)).as("init file removed").doesNotContain(
                    "accounts.sql");
        }

        server.stop();
        server = new EmbeddedDatabase();
        EmbeddedDatabase.Connection again = server.start(DIRECTORY, "caseaudit_security", false);
        assertThat(again.credentials()).usingRecursiveComparison().isEqualTo(connection.credentials());
        assertThat(again.credentials().appPassword()).hasSizeGreaterThanOrEqualTo(40);
        connection = again;
    }

    /** Local addresses (hex, as in /proc/net/tcp*) of sockets listening on the port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> result = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(hexPort) && fields[3].equals("0A")) {
                    result.add(local[0]);
                }
            }
        }
        return result;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> result = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> !a.isLinkLocalAddress()).forEach(result::add);
            }
        }
        return result;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (!st.execute(sql)) {
                return null;
            }
            try (ResultSet rs = st.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
