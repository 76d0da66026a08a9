package dev.reload.library.web;

/**
 * What the layout writes into a library page's head: the meta description, the canonical address,
 * the Open Graph tags and the schema.org JSON-LD (already written, safe inside a script element).
 * A draft's preview has none of these but the description, and asks search engines to stay away
 * ({@code noindex}).
 */
public record PageMeta(
        String title, String description, String canonicalUrl, String ogType, String jsonLd, boolean noindex) {

    PageMeta(String title, String description, String canonicalUrl, String ogType, String jsonLd) {
        this(title, description, canonicalUrl, ogType, jsonLd, false);
    }

    /** A draft previewed by an editor: not to be indexed, shared or cited. */
    static PageMeta draft(String title, String description) {
        return new PageMeta(title, description, null, null, null, true);
    }
}
