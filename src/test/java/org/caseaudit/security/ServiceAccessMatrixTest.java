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
        List<String> actual = new ArrayList<>(List.of("method,who,council"));
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

    /**
     * The council column says, for every method, what a user of another council gets with this council's ids: a
     * method with an id parameter ({@code long}/{@code Long}) names the kind of each parameter ("ids:", tried for real
     * by {@code ServiceCouncilMatrixTest}) or says why its ids are no council's rows ("n/a:"); the others say "-".
     */
    @Test
    void every_method_taking_an_id_says_what_another_council_gets() {
        List<String> wrong = new ArrayList<>();
        ServiceAccess.councils().forEach((method, council) -> {
            String params = method.substring(method.indexOf('(') + 1, method.length() - 1);
            List<String> types = params.isEmpty() ? List.of() : List.of(params.split(" "));
            boolean takesId = types.contains("long") || types.contains("Long");
            if (council.equals("-")) {
                if (takesId) {
                    wrong.add(method + ": takes an id, so say ids: ... or n/a: why");
                }
            } else if (council.startsWith("ids:")) {
                List<String> kinds = List.of(council.substring(4).strip().split(" "));
                if (kinds.size() != types.size()) {
                    wrong.add(method + ": one kind per parameter (" + types.size() + ")");
                }
                for (int i = 0; i < Math.min(kinds.size(), types.size()); i++) {
                    boolean id = types.get(i).equals("long") || types.get(i).equals("Long");
                    if (!id && !kinds.get(i).equals("_")) {
                        wrong.add(method + ": parameter " + (i + 1) + " is no id, write _");
                    }
                }
            } else if (!council.startsWith("n/a:") || council.length() < 12) {
                wrong.add(method + ": '-', 'ids: ...' or 'n/a: why', not '" + council + "'");
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static void section(StringBuilder message, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            message.append("\n").append(title).append(":");
            lines.forEach(l -> message.append("\n  ").append(l));
        }
    }
}
