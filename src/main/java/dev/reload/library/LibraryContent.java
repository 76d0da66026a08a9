package dev.reload.library;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/** The library as read: every page by its slug, and the product picks by id. Immutable. */
public final class LibraryContent {

    private final Map<String, Article> pages;
    private final Map<String, ProductPick> products;
    private final Map<String, String> texts;

    LibraryContent(Map<String, Article> pages, Map<String, ProductPick> products) {
        this.pages = Map.copyOf(pages);
        this.products = Map.copyOf(products);
        this.texts = pages.values().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Article::slug,
                        page -> Jsoup.parseBodyFragment(page.html()).text()));
    }

    /** A page's body as plain text, for search. */
    String text(Article page) {
        return texts.getOrDefault(page.slug(), "");
    }

    /** A published page by its slug ({@code conditions/patellofemoral-pain}); drafts are not found. */
    public Optional<Article> page(String slug) {
        return Optional.ofNullable(pages.get(slug)).filter(page -> !page.draft());
    }

    public Optional<Article> page(PageType type, String name) {
        return page(type.folder() + "/" + name);
    }

    /** A draft by its folder and name, for an editor's preview; a published page is not a draft. */
    public Optional<Article> draft(PageType type, String name) {
        return Optional.ofNullable(pages.get(type.folder() + "/" + name)).filter(Article::draft);
    }

    /** Every draft, for the editor's list, in the order of {@link #published()}. */
    public List<Article> drafts() {
        return pages.values().stream()
                .filter(Article::draft)
                .sorted(Comparator.comparing(Article::type).thenComparing(LibraryContent::order))
                .toList();
    }

    /** Every published page, condition pages first, each kind in order of title. */
    public List<Article> published() {
        return pages.values().stream()
                .filter(page -> !page.draft())
                .sorted(Comparator.comparing(Article::type).thenComparing(LibraryContent::order))
                .toList();
    }

    public List<Article> published(PageType type) {
        return published().stream().filter(page -> page.type() == type).toList();
    }

    /** The published pages whose {@code category} is this category page's name. */
    public List<Article> inCategory(String category) {
        return published().stream()
                .filter(page -> category.equals(page.category()))
                .toList();
    }

    /** The pages with these slugs, in this order, leaving out drafts. */
    public List<Article> pages(List<String> slugs) {
        return slugs.stream().flatMap(slug -> page(slug).stream()).toList();
    }

    public List<ProductPick> products(List<String> ids) {
        return ids.stream().map(products::get).toList();
    }

    /** The overview first among conditions (it is the page for "not sure"), then by title. */
    private static String order(Article page) {
        return (page.condition() == dev.reload.knee.Condition.UNSURE ? "0 " : "1 ") + page.title();
    }
}
