package org.caseaudit.faults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fault tests (the kill -9 test and the cluster's) share to start application JVMs and read the test-only
 * fault driver's small JSON answers: the test classpath, form encoding, a number by key, a list of ids, the options
 * of each question.
 */
final class FaultDriverClient {

    private FaultDriverClient() {
    }

    /** The test classpath as Maven gave it to this JVM (surefire/failsafe set it even with a manifest-only jar). */
    static String classpath() {
        for (String key : List.of("surefire.test.class.path", "java.class.path")) {
            String cp = System.getProperty(key);
            if (cp != null && cp.contains("classes")) {
                return cp;
            }
        }
        throw new IllegalStateException("no test classpath in this JVM");
    }

    /**
     * The environment both fault tests give an application JVM: the fault-driver profile against {@code dbUrl} as
     * {@code user}, listening on 127.0.0.1:{@code port}, the clock fixed at {@code moment}, the driver's secret, no
     * two-factor sign-in, quiet logs, and never this JVM's test database.
     */
    static void appEnvironment(Map<String, String> env, String dbUrl, String user, String password, boolean demoData,
            java.time.Instant moment, String secret, int port) {
        env.put("SPRING_DATASOURCE_URL", dbUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("SPRING_PROFILES_ACTIVE", "fault-driver");
        env.put("CASEAUDIT_DEMO_DATA", String.valueOf(demoData));
        env.put("CASEAUDIT_TWO_FACTOR_REQUIRED", "false");
        env.put("CASEAUDIT_CLOCK_FIXED", moment.toString());
        env.put("CASEAUDIT_FAULT_DRIVER_SECRET", secret);
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("PORT", String.valueOf(port));
        env.put("VAADIN_LAUNCH_BROWSER", "false");
        env.put("LOGGING_LEVEL_ROOT", "warn");
        env.put("LOGGING_LEVEL_ORG_CASEAUDIT", "info");
        env.remove("TEST_DB_URL");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long jsonLong(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static List<Long> parseIds(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group()));
        }
        return ids;
    }

    /** {"q1":["Yes","No"],...} -> map; question ids and options hold no quotes. */
    static Map<String, List<String>> parseOptions(String json) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        while (m.find()) {
            List<String> options = new ArrayList<>();
            Matcher o = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(2));
            while (o.find()) {
                options.add(o.group(1).replace("\\u2019", "\u2019").replace("\\\"", "\""));
            }
            result.put(m.group(1), options);
        }
        return result;
    }
}
