package dev.reload.library.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.library.LibraryContent;
import dev.reload.library.LibrarySearch;
import dev.reload.library.PageType;
import dev.reload.library.ProductPick;
import dev.reload.system.web.PublicAddress;

/**
 * The knee-health library, public: {@code /library} (the conditions, guides and categories), one
 * page per file at {@code /library/{folder}/{slug}} (an explainer with its contents, sources,
 * evidence grades, exercises and related reading; a category with its pages), and a page of our
 * own, with links back, for an address that holds no page.
 *
 * <p>An editor (role {@code EDITOR}) also sees the drafts: listed at {@code /library/drafts} and
 * previewed at their own address with a banner, {@code noindex} and {@code no-store}. For anyone
 * else a draft does not exist: its address and the list answer 404.
 */
@Controller
class LibraryPagesController {

    static final String HOME_VIEW = "library/home";
    static final String ARTICLE_VIEW = "library/article";
    static final String CATEGORY_VIEW = "library/category";
    static final String NOT_FOUND_VIEW = "library/not-found";
    static final String SEARCH_VIEW = "library/search";
    static final String DRAFTS_VIEW = "library/drafts";

    /** The role that sees and previews drafts. */
    static final String EDITOR = "EDITOR";

    private final Library library;
    private final ExerciseLibrary exercises;
    private final PublicAddress address;
    private final JsonMapper json;

    LibraryPagesController(Library library, ExerciseLibrary exercises, PublicAddress address, JsonMapper json) {
        this.library = library;
        this.exercises = exercises;
        this.address = address;
        this.json = json;
    }

    /** An exercise a page names, with the address of its page. */
    record ExerciseLink(String name, String path) {}

    /** A product pick with its retailer link, which carries the affiliate tag. */
    record ProductLink(ProductPick pick, String href) {}

    @GetMapping(Library.BASE)
    ModelAndView home(HttpServletRequest request) {
        LibraryContent content = library.content();
        ModelAndView page = new ModelAndView(HOME_VIEW);
        page.addObject(
                "draftCount", request.isUserInRole(EDITOR) ? content.drafts().size() : 0);
        page.addObject("conditions", content.published(PageType.CONDITION));
        page.addObject("guides", content.published(PageType.GUIDE));
        page.addObject("categories", content.published(PageType.CATEGORY));
        page.addObject("about", content.published(PageType.PAGE));
        page.addObject(
                "pageMeta",
                new PageMeta(
                        "The knee-health library",
                        "Plain-language explainers on overuse knee pain, with their sources and the evidence"
                                + " behind what helps.",
                        address.of(Library.BASE),
                        "website",
                        null));
        return page;
    }

    /** The editor's list of drafts, each linked to its preview; nobody else's page. */
    @GetMapping(Library.BASE + "/drafts")
    ModelAndView drafts(HttpServletRequest request, HttpServletResponse response) {
        LibraryContent content = library.content();
        if (!request.isUserInRole(EDITOR)) {
            return notFound(content);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView page = new ModelAndView(DRAFTS_VIEW);
        page.addObject("drafts", content.drafts());
        page.addObject("pageMeta", PageMeta.draft("Drafts", "The library's pages not yet published."));
        return page;
    }

    @GetMapping(Library.BASE + "/{folder:conditions|guides|categories|about}/{slug}")
    ModelAndView page(
            @PathVariable String folder,
            @PathVariable String slug,
            HttpServletRequest request,
            HttpServletResponse response) {
        LibraryContent content = library.content();
        Optional<PageType> type = PageType.ofFolder(folder);
        Optional<Article> published = type.flatMap(t -> content.page(t, slug));
        if (published.isPresent()) {
            return article(content, published.get());
        }
        Optional<Article> draft =
                request.isUserInRole(EDITOR) ? type.flatMap(t -> content.draft(t, slug)) : Optional.empty();
        if (draft.isEmpty()) {
            return notFound(content);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView page = article(content, draft.get());
        page.addObject(
                "pageMeta", PageMeta.draft(draft.get().title(), draft.get().summary()));
        return page;
    }

    private ModelAndView article(LibraryContent content, Article article) {
        String url = address.of(article.path());
        ModelAndView page = new ModelAndView(article.type() == PageType.CATEGORY ? CATEGORY_VIEW : ARTICLE_VIEW);
        page.addObject("page", article);
        page.addObject("related", content.pages(article.related()));
        page.addObject("exercises", exerciseLinks(article));
        page.addObject("products", productLinks(content, article));
        page.addObject(
                "category",
                article.category() == null
                        ? null
                        : content.page(PageType.CATEGORY, article.category()).orElse(null));
        if (article.type() == PageType.CATEGORY) {
            page.addObject("members", content.inCategory(article.name()));
        }
        page.addObject(
                "pageMeta",
                new PageMeta(
                        article.title(), article.summary(), url, "article", StructuredData.of(article, url, json)));
        return page;
    }

    /** Search over the published pages: ranked hits with their snippets; a query too long is refused. */
    @GetMapping(Library.BASE + "/search")
    ModelAndView search(@RequestParam(name = "q", required = false) String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > LibrarySearch.MAX_QUERY) {
            ModelAndView page = new ModelAndView(SEARCH_VIEW, HttpStatus.BAD_REQUEST);
            page.addObject("q", q.substring(0, LibrarySearch.MAX_QUERY));
            page.addObject("tooLong", true);
            page.addObject("maxQuery", LibrarySearch.MAX_QUERY);
            return page;
        }
        ModelAndView page = new ModelAndView(SEARCH_VIEW);
        page.addObject("q", q);
        page.addObject("tooLong", false);
        page.addObject("searched", !LibrarySearch.terms(q).isEmpty());
        page.addObject("hits", LibrarySearch.search(library.content(), q));
        return page;
    }

    /** Any other address under {@code /library/}: our page, with the way back. */
    @GetMapping(Library.BASE + "/**")
    ModelAndView unknown() {
        return notFound(library.content());
    }

    private ModelAndView notFound(LibraryContent content) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("conditions", content.published(PageType.CONDITION));
        return page;
    }

    /** The page's product picks, only with an affiliate tag: without one no affiliate link is shown. */
    private List<ProductLink> productLinks(LibraryContent content, Article article) {
        String tag = library.affiliateTag();
        if (tag.isEmpty()) {
            return List.of();
        }
        return content.products(article.products()).stream()
                .map(pick -> new ProductLink(pick, pick.linkWith(tag)))
                .toList();
    }

    private List<ExerciseLink> exerciseLinks(Article article) {
        return article.exercises().stream()
                .flatMap(id -> exercises.find(id).stream())
                .map(LibraryPagesController::link)
                .toList();
    }

    private static ExerciseLink link(Exercise exercise) {
        return new ExerciseLink(
                exercise.name(),
                "/exercises/" + exercise.id().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
