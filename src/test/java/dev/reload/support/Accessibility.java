package dev.reload.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;

/**
 * axe-core accessibility checks for browser tests. axe comes from the {@code org.webjars.npm:axe-core}
 * test dependency on the class path (no network at test time) and is evaluated in the page through
 * the DevTools protocol, which the page's strict Content-Security-Policy does not block (an inline
 * {@code <script>} would be). Usage: {@code Accessibility.assertNoSeriousViolations(page)}.
 */
public final class Accessibility {

    private static final String AXE_RESOURCE = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
    private static volatile String axeSource;

    private Accessibility() {}

    /** One rule axe found broken, with its impact and the CSS selectors of the offending elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    /** Runs axe on the page as it is now and returns every violation. */
    public static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(axe());
        }
        Object result = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.map(v => ({id: v.id, impact: v.impact || 'unknown', help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))})); }");
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) item;
            violations.add(new Violation(
                    (String) v.get("id"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    /** The violations whose impact is serious or critical. */
    public static List<Violation> seriousViolations(Page page) {
        return violations(page).stream()
                .filter(v -> v.impact().equals("serious") || v.impact().equals("critical"))
                .toList();
    }

    /** Fails with the list of serious and critical violations, if there are any. */
    public static void assertNoSeriousViolations(Page page) {
        List<Violation> serious = seriousViolations(page);
        if (!serious.isEmpty()) {
            throw new AssertionError("axe found serious or critical accessibility violations on " + page.url() + ":\n"
                    + serious.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    private static String axe() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static String version() {
        try (InputStream in =
                Accessibility.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in != null) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("version");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "4.6.3";
    }
}
