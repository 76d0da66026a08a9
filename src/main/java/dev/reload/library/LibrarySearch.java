package dev.reload.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search over the published pages' titles, summaries and text. Every word of the query (two
 * letters or more) must appear in a page, at the start of a word; a page ranks by where its words
 * are found (a title counts most, then the summary, then each time in the text, up to ten), then
 * by title. Each hit has a snippet of its text around the first word found, cut at word
 * boundaries, with the words found marked.
 */
public final class LibrarySearch {

    /** The longest query read; anything longer is refused by the page. */
    public static final int MAX_QUERY = 100;

    private static final int TITLE_WEIGHT = 10;
    private static final int SUMMARY_WEIGHT = 4;
    private static final int TEXT_CAP = 10;
    private static final int SNIPPET_BEFORE = 60;
    private static final int SNIPPET_LENGTH = 220;

    /** A piece of a snippet: text, marked when it is a word of the query. */
    public record Segment(String text, boolean marked) {}

    /** A page found, its score and its snippet. */
    public record Hit(Article page, int score, List<Segment> snippet) {}

    private LibrarySearch() {}

    /** The words searched for: lower case, letters and digits, two or more, at most ten. */
    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(term -> term.length() >= 2)
                .distinct()
                .limit(10)
                .toList();
    }

    public static List<Hit> search(LibraryContent content, String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Pattern any = wordStarts(terms);
        List<Hit> hits = new ArrayList<>();
        for (Article page : content.published()) {
            String text = content.text(page);
            int score = 0;
            boolean all = true;
            for (String term : terms) {
                Pattern one = wordStarts(List.of(term));
                int inTitle = one.matcher(page.title()).find() ? TITLE_WEIGHT : 0;
                int inSummary = one.matcher(page.summary()).find() ? SUMMARY_WEIGHT : 0;
                int inText =
                        (int) Math.min(TEXT_CAP, one.matcher(text).results().count());
                if (inTitle + inSummary + inText == 0) {
                    all = false;
                    break;
                }
                score += inTitle + inSummary + inText;
            }
            if (all) {
                hits.add(new Hit(page, score, snippet(any, text.isEmpty() ? page.summary() : text, page.summary())));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score)
                .reversed()
                .thenComparing(hit -> hit.page().title()));
        return hits;
    }

    private static Pattern wordStarts(List<String> terms) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])("
                        + String.join("|", terms.stream().map(Pattern::quote).toList()) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<Segment> snippet(Pattern any, String text, String fallback) {
        Matcher first = any.matcher(text);
        String source = text;
        int at = 0;
        if (first.find()) {
            at = first.start();
        } else {
            source = fallback;
        }
        int start = Math.max(0, at - SNIPPET_BEFORE);
        if (start > 0) {
            int space = source.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        int end = Math.min(source.length(), start + SNIPPET_LENGTH);
        if (end < source.length()) {
            int space = source.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        String window = (start > 0 ? "… " : "") + source.substring(start, end) + (end < source.length() ? " …" : "");
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = any.matcher(window);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                segments.add(new Segment(window.substring(from, matcher.start()), false));
            }
            segments.add(new Segment(matcher.group(), true));
            from = matcher.end();
        }
        if (from < window.length()) {
            segments.add(new Segment(window.substring(from), false));
        }
        return segments;
    }
}
