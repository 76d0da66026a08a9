package dev.reload.library.web;

/**
 * What the layout writes into a library page's head: the meta description, the canonical address,
 * the Open Graph tags and the schema.org JSON-LD (already written, safe inside a script element).
 */
public record PageMeta(String title, String description, String canonicalUrl, String ogType, String jsonLd) {}
