package dev.reload.library;

import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Condition;

/**
 * One page of the library, read from its front matter and rendered from its Markdown body.
 *
 * @param slug      the page slug, its path without {@code .md}: {@code conditions/patellofemoral-pain}
 * @param category  the slug of its category page ({@code runners-knee}), or null
 * @param condition the condition a plan started from it takes, or null (only condition pages have one)
 * @param exercises ids of the exercise library, in the order the page mentions them
 * @param related   page slugs for "related reading"
 * @param html      the body as sanitized HTML, rendered once
 * @param headings  the body's {@code ##} headings, for the table of contents
 */
public record Article(
        String slug,
        PageType type,
        String title,
        String summary,
        String category,
        Condition condition,
        List<String> exercises,
        List<String> related,
        List<Source> sources,
        List<Tool> tools,
        List<String> products,
        String author,
        String reviewedBy,
        LocalDate lastReviewed,
        boolean draft,
        String html,
        List<Heading> headings) {

    public Article {
        exercises = List.copyOf(exercises);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
        tools = List.copyOf(tools);
        products = List.copyOf(products);
        headings = List.copyOf(headings);
    }

    /** The page's address: {@code /library/conditions/patellofemoral-pain}. */
    public String path() {
        return Library.BASE + "/" + slug;
    }

    /** The file name part of the slug: {@code patellofemoral-pain}. */
    public String name() {
        return slug.substring(slug.indexOf('/') + 1);
    }
}
