package dev.reload.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.reload.library.Article;
import dev.reload.library.PageType;
import dev.reload.library.Source;

/**
 * A page's schema.org description as JSON-LD: a condition or guide page is a {@code MedicalWebPage}
 * (a condition page {@code about} its {@code MedicalCondition}), with {@code lastReviewed}, {@code
 * reviewedBy} and each source as a {@code citation}; category pages are {@code CollectionPage}s,
 * the others {@code WebPage}s. Written with Jackson, then with {@code <}, {@code >} and {@code &}
 * escaped, so no text of a page can end the script element it goes in.
 */
final class StructuredData {

    private StructuredData() {}

    static String of(Article page, String url, JsonMapper json) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put(
                "@type",
                switch (page.type()) {
                    case CONDITION, GUIDE -> "MedicalWebPage";
                    case CATEGORY -> "CollectionPage";
                    case PAGE -> "WebPage";
                });
        data.put("name", page.title());
        data.put("description", page.summary());
        data.put("url", url);
        data.put("inLanguage", "en");
        if (page.type() == PageType.CONDITION) {
            data.put("about", Map.of("@type", "MedicalCondition", "name", page.title()));
        }
        data.put("author", organisation(page.author()));
        data.put("reviewedBy", organisation(page.reviewedBy()));
        data.put("lastReviewed", page.lastReviewed().toString());
        if (!page.sources().isEmpty()) {
            List<Map<String, Object>> citations = new ArrayList<>();
            for (Source source : page.sources()) {
                citations.add(citation(source));
            }
            data.put("citation", citations);
        }
        return json.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static Map<String, Object> organisation(String name) {
        return Map.of("@type", "Organization", "name", name);
    }

    private static Map<String, Object> citation(Source source) {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("@type", "ScholarlyArticle");
        citation.put("name", source.title());
        citation.put("author", source.authors());
        citation.put("datePublished", Integer.toString(source.year()));
        citation.put("isPartOf", Map.of("@type", "Periodical", "name", source.journal()));
        List<String> sameAs = new ArrayList<>();
        if (source.doiUrl() != null) {
            sameAs.add(source.doiUrl());
        }
        if (source.pubmedUrl() != null) {
            sameAs.add(source.pubmedUrl());
        }
        if (source.url() != null) {
            sameAs.add(source.url());
        }
        if (!sameAs.isEmpty()) {
            citation.put("sameAs", sameAs);
        }
        return citation;
    }
}
