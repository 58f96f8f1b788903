package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every {@code @Service} carries an access annotation, and together they say exactly what
 * {@code service-access-matrix.csv} says. On a difference the message lists the lines to add, remove or change
 * (and target/service-access-matrix.actual.csv holds the whole matrix as the code declares it), so a merge that
 * brings new services can update the file in one step.
 */
class ServiceAccessMatrixTest {

    @Test
    void every_public_service_method_has_an_access_annotation() {
        List<String> unguarded = ServiceAccess.declared().entrySet().stream()
                .filter(e -> e.getValue().equals(ServiceAccess.NONE)).map(Map.Entry::getKey).toList();
        assertThat(unguarded).as("public service methods without @RolesAllowed, @PermitAll or @PreAuthorize")
                .isEmpty();
    }

    @Test
    void the_service_methods_and_their_roles_equal_the_expected_matrix() throws IOException {
        Map<String, String> declared = ServiceAccess.declared();
        Map<String, String> expected = ServiceAccess.expected();
        List<String> actual = new ArrayList<>(List.of("method,who"));
        declared.forEach((m, who) -> actual.add(ServiceAccess.line(m, who)));
        Path dump = Path.of("target", "service-access-matrix.actual.csv");
        Files.createDirectories(dump.getParent());
        Files.write(dump, actual);

        List<String> add = new ArrayList<>();
        List<String> change = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        declared.forEach((method, who) -> {
            String want = expected.get(method);
            if (want == null) {
                add.add(ServiceAccess.line(method, who));
            } else if (!want.equals(who)) {
                change.add(ServiceAccess.line(method, who) + "   (file says: " + want + ")");
            }
        });
        expected.keySet().stream().filter(m -> !declared.containsKey(m)).forEach(m -> remove.add(m));
        StringBuilder message = new StringBuilder("service-access-matrix.csv differs from the code (whole matrix: ")
                .append(dump.toAbsolutePath()).append(")");
        section(message, "add these lines (new public service methods)", add);
        section(message, "change these lines (the code now says)", change);
        section(message, "remove these lines (no such public method)", remove);
        assertThat(add.isEmpty() && change.isEmpty() && remove.isEmpty()).as(message.toString()).isTrue();
    }

    private static void section(StringBuilder message, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            message.append("\n").append(title).append(":");
            lines.forEach(l -> message.append("\n  ").append(l));
        }
    }
}
