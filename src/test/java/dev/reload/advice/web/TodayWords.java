package dev.reload.advice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Today as a person does (issue 10, point 5): the text of its main part, and what must never
 * be in it — ISO dates inside sentences, enum ids (SPLIT_SQUAT), rule ids outside their tag, "(0)",
 * "3, 3 sets", a zero dose, and what a template shows when it has nothing ("null", a missing message).
 */
final class TodayWords {

    /** What must never be read on Today, each with a name for the failure message. */
    private static final List<Offence> OFFENCES = List.of(
            new Offence("an ISO date", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b")),
            new Offence("an enum id", Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b")),
            new Offence("a rule id outside its tag", Pattern.compile("\\bR\\d(\\.[a-z-]+)?\\b")),
            new Offence("a count in brackets", Pattern.compile("\\(0\\)")),
            new Offence("sets counted twice", Pattern.compile("\\d+, \\d+ sets")),
            new Offence("a zero dose", Pattern.compile("\\bAbout 0\\b|\\b0 (km|mi|min|jumps) of\\b")),
            new Offence("a value the template did not have", Pattern.compile("\\bnull\\b|\\bNaN\\b|\\?\\?")));

    private record Offence(String name, Pattern pattern) {}

    private TodayWords() {}

    /**
     * The words of the page's main part as read (tags, and the rule-id tags beside each reason, left
     * out), on one line.
     */
    static String text(String html) {
        int from = html.indexOf("<main");
        int to = html.indexOf("</main>");
        String main = from >= 0 && to > from ? html.substring(from, to) : html;
        return main.replaceAll("(?s)<span class=\"rule\">.*?</span>", "")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** Each offending piece of {@code text}, named: empty when the page reads right. */
    static List<String> offenders(String text) {
        List<String> found = new ArrayList<>();
        for (Offence offence : OFFENCES) {
            Matcher m = offence.pattern().matcher(text);
            while (m.find()) {
                int start = Math.max(0, m.start() - 40);
                int end = Math.min(text.length(), m.end() + 40);
                found.add(offence.name() + ": …" + text.substring(start, end) + "…");
            }
        }
        return found;
    }
}
