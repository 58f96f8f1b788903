package org.caseaudit.journeys;

import com.microsoft.playwright.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core in the page under test: axe.min.js comes from the test classpath (Maven Central), is injected with
 * Playwright and runs against the rendered DOM, shadow roots included.
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final String SOURCE = read("/axe.min.js");

    record Violation(String rule, String impact, String help, String target, String html) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + ": " + help + "\n      " + html;
        }
    }

    /** One justified exception from src/test/resources/accessibility-exceptions.csv. */
    record Exception(String rule, String view, String selector, String reason) {
        boolean covers(String viewName, Violation violation) {
            return rule.equals(violation.rule())
                    && (view.equals("*") || view.equals(viewName))
                    && (selector.equals("*") || violation.target().contains(selector));
        }
    }

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        // overlays that are still fading in (or out) are half transparent, so axe would measure a contrast they never
        // have once shown: wait until no Vaadin overlay is animating
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async (tags) => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return result.violations.flatMap(v => v.nodes.map(n => ({
                    rule: v.id, impact: v.impact || '', help: v.help,
                    target: JSON.stringify(n.target), html: (n.html || '').substring(0, 300) })));
                }""", TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : found) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("target"), (String) v.get("html")));
        }
        return violations;
    }

    /** Exceptions file: header {@code rule,view,selector,reason}; {@code *} matches any view or selector. */
    static List<Exception> exceptions() {
        List<Exception> exceptions = new ArrayList<>();
        try (InputStream in = Axe.class.getResourceAsStream("/accessibility-exceptions.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in,
                     "src/test/resources/accessibility-exceptions.csv is missing"), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 4);
                if (cells.length < 4 || cells[3].isBlank()) {
                    throw new IllegalStateException("accessibility-exceptions.csv line " + lineNumber
                            + ": expected rule,view,selector,reason with a reason, got: " + line);
                }
                String reason = cells[3].trim().replaceAll("^\"|\"$", "");
                exceptions.add(new Exception(cells[0].trim(), cells[1].trim(), cells[2].trim(), reason));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exceptions;
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath: the axe-core test dependency "
                        + "(com.deque.html.axe-core:playwright) is missing from pom.xml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
