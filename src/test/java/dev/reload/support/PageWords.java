package dev.reload.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;

import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.Light;
import dev.reload.advice.engine.Response;
import dev.reload.advice.engine.SessionDecision;
import dev.reload.advice.engine.StrengthDecision;
import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

/**
 * What a person reads on a page, held to the house rules for words (issue 10, point 5): the title
 * ends "– Reload"; the visible text has no ISO date, no enum id ({@code SPLIT_SQUAT}) or bare
 * upper-case activity or decision id ({@code RUN}, {@code BACK_OFF}), no "(0)", no "3, 3 sets", and
 * no rule id outside an element of class {@code rule}. Values in form fields and the
 * {@code datetime} of a {@code <time>} are not text a person reads; everything rendered is, also
 * what only a screen reader says. Usage: {@code PageWords.problems(page)}.
 */
public final class PageWords {

    /** The ending of every page's title. */
    public static final String TITLE_ENDING = "– Reload";

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern ENUM_ID = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern ZERO_COUNT = Pattern.compile("\\(0\\)");
    private static final Pattern SETS_TWICE = Pattern.compile("\\b\\d+, \\d+ sets?\\b");
    private static final Pattern RULE_ID = Pattern.compile("\\bR\\d+\\.[a-z][a-z-]*");
    /** The ids of activities, of the adviser's decisions and of findings' severities, which read as shouting if shown bare. */
    private static final Pattern BARE_ID = Pattern.compile("\\b(" + String.join("|", bareIds()) + ")\\b");

    /**
     * The visible text of the page in blocks (a paragraph, a list item, a cell, a label …): each text
     * node goes to its nearest ancestor that is not displayed inline, so that a sentence split over
     * a few {@code <span>}s is read whole. {@code outsideRule} is the same text with whatever sits in
     * a {@code .rule} element blanked out. Form fields' values, scripts and templates are left out.
     */
    private static final String VISIBLE_BLOCKS = """
            () => {
              const blocks = new Map();
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!parent || !node.textContent.trim()) continue;
                if (parent.closest('script, style, template, noscript, textarea, input')) continue;
                if (!parent.checkVisibility({visibilityProperty: true})) continue;
                let block = parent;
                while (block !== document.body && block.parentElement
                    && ['inline', 'contents'].includes(getComputedStyle(block).display)) {
                  block = block.parentElement;
                }
                const entry = blocks.get(block) || {full: '', outsideRule: ''};
                entry.full += node.textContent;
                entry.outsideRule += parent.closest('.rule') ? ' ' : node.textContent;
                blocks.set(block, entry);
              }
              return [...blocks.values()];
            }
            """;

    private PageWords() {}

    /** One rule of the words broken on a page, with the text that breaks it. */
    public record Problem(String page, String rule, String text) {

        @Override
        public String toString() {
            return page + " — " + rule + ": «" + text + "»";
        }
    }

    /** Every rule of the words that the page, as it is now, breaks; {@code name} names the page in each problem. */
    public static List<Problem> problems(Page page, String name) {
        List<Problem> problems = new ArrayList<>();
        String title = page.title();
        if (!title.endsWith(TITLE_ENDING)) {
            problems.add(new Problem(name, "the title does not end \"" + TITLE_ENDING + "\"", title));
        }
        for (Object item : (List<?>) page.evaluate(VISIBLE_BLOCKS)) {
            Map<?, ?> block = (Map<?, ?>) item;
            String full = normalized((String) block.get("full"));
            String outsideRule = normalized((String) block.get("outsideRule"));
            find(problems, name, "an ISO date in the text", ISO_DATE, full);
            find(problems, name, "an enum id in the text", ENUM_ID, full);
            find(problems, name, "a bare upper-case id in the text", BARE_ID, full);
            find(problems, name, "\"(0)\" in the text", ZERO_COUNT, full);
            find(problems, name, "a count of sets said twice (\"N, N sets\")", SETS_TWICE, full);
            find(problems, name, "a rule id outside its tag (class \"rule\")", RULE_ID, outsideRule);
        }
        return problems;
    }

    /** Fails with every problem of the page's words, if there are any. */
    public static void assertReadsWell(Page page, String name) {
        List<Problem> problems = problems(page, name);
        if (!problems.isEmpty()) {
            throw new AssertionError("The words of " + name + " break the house rules:\n"
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
    }

    private static void find(List<Problem> problems, String page, String rule, Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            problems.add(new Problem(page, rule + " (" + matcher.group() + ")", excerpt(text, matcher.start())));
        }
    }

    /** The block's text, or about 200 characters of it around the offending part. */
    private static String excerpt(String text, int at) {
        if (text.length() <= 200) {
            return text;
        }
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), from + 200);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static Set<String> bareIds() {
        return Stream.of(
                        Activity.values(),
                        Severity.values(),
                        Light.values(),
                        Response.values(),
                        DoseDecision.values(),
                        SessionDecision.values(),
                        StrengthDecision.values(),
                        Escalation.values())
                .flatMap(Stream::of)
                .map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
