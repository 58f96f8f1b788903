package org.caseaudit.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The expected access matrix (src/test/resources/access-matrix.csv) and the routes as the code declares them. */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** route -> roles allowed, as written in the matrix file. */
    static Map<String, Set<Role>> expected() {
        Map<String, Set<Role>> matrix = new LinkedHashMap<>();
        try (var in = AccessMatrix.class.getResourceAsStream("/access-matrix.csv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in),
                     StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            String[] header = lines.getFirst().split(",", -1);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (int i = 1; i < header.length && !header[i].trim().equals("council"); i++) {
                    if (cells[i].trim().equals("yes")) {
                        roles.add(Role.valueOf(header[i].trim()));
                    } else if (!cells[i].trim().equals("no")) {
                        throw new IllegalStateException("access-matrix.csv: cell must be yes or no in line " + line);
                    }
                }
                if (matrix.put(cells[0].trim(), roles) != null) {
                    throw new IllegalStateException("access-matrix.csv: route listed twice: " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    /**
     * route -> council column: what a user of council A gets on the route with council B's ids: "-" (the route takes
     * no id), the query parameters it takes ("id=audit", "cycle=cycle": parameter and kind of row; tried by
     * {@code RouteCouncilMatrixTest}) or "n/a: why".
     */
    static Map<String, String> councils() {
        Map<String, String> matrix = new LinkedHashMap<>();
        try (var in = AccessMatrix.class.getResourceAsStream("/access-matrix.csv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in),
                     StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            int column = List.of(lines.getFirst().split(",", -1)).indexOf("council");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", column + 1);
                matrix.put(cells[0].trim(), cells[column].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    /** The routes, found once a JVM: the classes on the class path do not change while the tests run. */
    private static Map<String, Class<?>> routes;

    /** route -> view class, for every {@code @Route} in the application. */
    static synchronized Map<String, Class<?>> routes() {
        if (routes == null) {
            routes = Collections.unmodifiableMap(scanRoutes());
        }
        return routes;
    }

    /** A class path scan for {@code @Route} classes: about 0.15 s each time, which a role walk paid twice a role. */
    private static Map<String, Class<?>> scanRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> found = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.caseaudit")) {
            Class<?> view = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()), null);
            found.put(view.getAnnotation(Route.class).value(), view);
        }
        return found;
    }

    /** The roles a view's access annotation lets in, or null when the view has no access annotation. */
    static Set<Role> declared(Class<?> view) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return EnumSet.noneOf(Role.class);
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
