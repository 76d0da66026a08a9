package dev.reload.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request bodies for the bounds tests: a valid body with some of its fields given other raw JSON
 * values, exactly as written ({@code 2147483648}, {@code 1e30}, {@code "+57443-01-01"}), so that
 * no JSON library in the test rounds them first.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /**
     * {@code base} with each {@code field=raw} of {@code changes} (separated by {@code ;}) set: the
     * first property of that name is replaced, or added to the outer object when there is none.
     * {@code field=} (nothing after it) removes the property.
     */
    public static String with(String base, String changes) {
        String body = base;
        for (String change : changes.split(";")) {
            int equals = change.indexOf('=');
            String field = change.substring(0, equals).strip();
            String raw = change.substring(equals + 1).strip();
            body = set(body, field, raw);
        }
        return body;
    }

    private static String set(String body, String field, String raw) {
        Matcher present = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\"[^\"]*\"|[^,}\\]]*)(\\s*,)?")
                .matcher(body);
        if (present.find()) {
            if (raw.isEmpty()) {
                String before = body.substring(0, present.start());
                if (present.group(2) == null) {
                    before = before.replaceFirst(",\\s*$", ""); // it was the last: drop the comma before it
                }
                return before + body.substring(present.end());
            }
            return body.substring(0, present.start())
                    + "\"" + field + "\":" + raw
                    + (present.group(2) == null ? "" : ",")
                    + body.substring(present.end());
        }
        if (raw.isEmpty()) {
            return body;
        }
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ",\"" + field + "\":" + raw + body.substring(end);
    }
}
