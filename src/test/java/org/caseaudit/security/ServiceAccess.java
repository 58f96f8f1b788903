package org.caseaudit.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The expected role x service-method matrix ({@code src/test/resources/service-access-matrix.csv}) and what the code
 * declares. One line per public method of every {@code @Service} in the application: {@code Service.method(Types),who}
 * where {@code who} is the roles allowed (space-separated, sorted), {@code signed-in} for {@code @PermitAll} or
 * {@code @PreAuthorize("isAuthenticated()")}, {@code nobody} for {@code @DenyAll}, {@code pre:<expression>} for any
 * other {@code @PreAuthorize}, and {@code NONE} when the method carries no access annotation (never acceptable).
 */
final class ServiceAccess {

    static final String NONE = "NONE";
    static final String RESOURCE = "/service-access-matrix.csv";

    private ServiceAccess() {
    }

    /** method -> who, for every public instance method of every @Service under org.caseaudit. */
    static Map<String, String> declared() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Map<String, String> result = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.caseaudit")) {
            Class<?> service = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()), null);
            if (!Modifier.isPublic(service.getModifiers())) {
                continue; // not reachable from other modules or views; Spring Security's own beans (UserDetailsService)
            }
            for (Method method : service.getDeclaredMethods()) {
                int m = method.getModifiers();
                if (!Modifier.isPublic(m) || Modifier.isStatic(m) || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                result.put(signature(service, method), who(service, method));
            }
        }
        return result;
    }

    static String signature(Class<?> service, Method method) {
        return service.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(" ")) + ")";
    }

    /** The method's own annotation, else the class's (as Spring Security resolves them). */
    static String who(Class<?> service, Method method) {
        String own = who(method.getAnnotation(RolesAllowed.class), method.getAnnotation(PermitAll.class),
                method.getAnnotation(DenyAll.class), method.getAnnotation(PreAuthorize.class));
        if (own != null) {
            return own;
        }
        String inherited = who(service.getAnnotation(RolesAllowed.class), service.getAnnotation(PermitAll.class),
                service.getAnnotation(DenyAll.class), service.getAnnotation(PreAuthorize.class));
        return inherited != null ? inherited : NONE;
    }

    private static String who(RolesAllowed roles, PermitAll permitAll, DenyAll denyAll, PreAuthorize pre) {
        if (roles != null) {
            return Arrays.stream(roles.value()).sorted().collect(Collectors.joining(" "));
        }
        if (permitAll != null) {
            return "signed-in";
        }
        if (denyAll != null) {
            return "nobody";
        }
        if (pre != null) {
            String expression = pre.value().replace(" ", "");
            return expression.equals("isAuthenticated()") ? "signed-in" : "pre:" + expression;
        }
        return null;
    }

    /** method -> who, as written in the expected file. */
    static Map<String, String> expected() {
        Map<String, String> matrix = new TreeMap<>();
        rows().forEach((method, columns) -> matrix.put(method, columns[0]));
        return matrix;
    }

    /** method -> council column (what a user of another council gets with this council's ids). */
    static Map<String, String> councils() {
        Map<String, String> matrix = new TreeMap<>();
        rows().forEach((method, columns) -> matrix.put(method, columns[1]));
        return matrix;
    }

    private static Map<String, String[]> rows() {
        Map<String, String[]> matrix = new TreeMap<>();
        try (var in = ServiceAccess.class.getResourceAsStream(RESOURCE);
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, RESOURCE),
                     StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] parts = line.split(",", 3);
                if (parts.length < 3 || matrix.put(parts[0].trim(), new String[] {parts[1].trim(), parts[2].trim()})
                        != null) {
                    throw new IllegalStateException("service-access-matrix.csv: bad or repeated line: " + line);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    static String line(String method, String who) {
        return method + "," + who + "," + councils().getOrDefault(method, "?");
    }
}
