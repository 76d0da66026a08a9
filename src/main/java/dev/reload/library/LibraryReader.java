package dev.reload.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;

/**
 * Reads the library's files (format: {@code library/README.md}) into {@link LibraryContent}:
 * the front matter of every page checked field by field, the bodies rendered, then every
 * reference between them checked (categories, related reading, products, exercises, citations,
 * links to other pages). The first problem stops the reading with a {@link
 * LibraryContentException} naming the file and the field.
 */
public final class LibraryReader {

    static final String PRODUCTS = "products.yaml";
    static final String README = "README.md";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PAGE_SLUG = Pattern.compile("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern EXERCISE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    private static final Set<String> PAGE_FIELDS = Set.of(
            "type",
            "title",
            "summary",
            "category",
            "condition",
            "exercises",
            "related",
            "sources",
            "tools",
            "products",
            "author",
            "reviewedBy",
            "lastReviewed",
            "draft");
    private static final Set<String> SOURCE_FIELDS =
            Set.of("title", "authors", "journal", "year", "pmid", "doi", "url");
    private static final Set<String> TOOL_FIELDS = Set.of("name", "purpose", "grade");
    private static final Set<String> PRODUCT_FIELDS = Set.of("id", "name", "for", "grade", "url", "usedIn");

    private static final int TITLE_LIMIT = 90;
    private static final int SUMMARY_LIMIT = 160;

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ExerciseLibrary exercises;

    public LibraryReader(ExerciseLibrary exercises) {
        this.exercises = exercises;
    }

    /**
     * Reads the files given by their path in the library folder ({@code conditions/x.md}) and
     * text. {@code README.md} is skipped; {@code products.yaml} is optional.
     */
    public LibraryContent read(Map<String, String> files) {
        Map<String, Article> pages = new LinkedHashMap<>();
        for (var file : new TreeSet<>(files.keySet())) {
            if (file.endsWith(".md") && !file.equals(README)) {
                Article article = page(file, files.get(file));
                pages.put(article.slug(), article);
            }
        }
        Map<String, ProductPick> products = files.containsKey(PRODUCTS) ? products(files.get(PRODUCTS)) : Map.of();
        checkReferences(pages, products);
        return new LibraryContent(pages, products);
    }

    private Article page(String file, String text) {
        String[] place = file.split("/");
        if (place.length != 2 || !place[1].endsWith(".md")) {
            throw new LibraryContentException(file, null, "a page lives in a folder of its type: conditions/<slug>.md");
        }
        PageType folderType = PageType.ofFolder(place[0])
                .orElseThrow(() -> new LibraryContentException(
                        file, null, "the folder must be conditions, guides, categories or about"));
        String name = place[1].substring(0, place[1].length() - 3);
        if (!SLUG.matcher(name).matches()) {
            throw new LibraryContentException(file, null, "the file name must be a slug: lower case words joined by -");
        }
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new LibraryContentException(
                    file, null, "the file must start with front matter between two --- lines");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new LibraryContentException(file, null, "the front matter has no closing --- line");
        }
        JsonNode front;
        try {
            front = yaml.readTree(normalized.substring(4, end + 1));
        } catch (JacksonException e) {
            throw new LibraryContentException(
                    file, null, "the front matter is not valid YAML: " + e.getOriginalMessage());
        }
        if (front == null || !front.isObject()) {
            throw new LibraryContentException(file, null, "the front matter must be a set of fields");
        }
        Fields fields = new Fields(file, "", front, PAGE_FIELDS);

        PageType type = fields.required(
                "type",
                v -> PageType.ofWord(v)
                        .orElseThrow(() -> new IllegalArgumentException("must be condition, guide, category or page")));
        if (type != folderType) {
            throw new LibraryContentException(
                    file,
                    "type",
                    "is " + type.word() + " but the file is in " + place[0] + "/ (" + folderType.word() + ")");
        }
        String title = fields.required("title", v -> bounded(v, TITLE_LIMIT));
        String summary = fields.required("summary", v -> bounded(v, SUMMARY_LIMIT));
        boolean categorised = type == PageType.CONDITION || type == PageType.GUIDE;
        String category = categorised
                ? fields.required("category", LibraryReader::slug)
                : fields.absent("category", "only condition and guide pages have a category");
        Condition condition = type == PageType.CONDITION
                ? fields.required("condition", LibraryReader::condition)
                : fields.absent("condition", "only condition pages name a condition");
        List<String> exerciseIds = type == PageType.CONDITION
                ? fields.requiredList("exercises", LibraryReader::exerciseId)
                : fields.optionalList("exercises", LibraryReader::exerciseId);
        List<String> related = fields.optionalList("related", LibraryReader::pageSlug);
        List<Source> sources = categorised
                ? fields.requiredObjects("sources", LibraryReader::source)
                : fields.optionalObjects("sources", LibraryReader::source);
        List<Tool> tools = fields.optionalObjects("tools", LibraryReader::tool);
        List<String> productIds = fields.optionalList("products", LibraryReader::slug);
        String author = fields.required("author", v -> bounded(v, TITLE_LIMIT));
        String reviewedBy = fields.required("reviewedBy", v -> bounded(v, TITLE_LIMIT));
        LocalDate lastReviewed = fields.required("lastReviewed", LibraryReader::date);
        boolean draft = fields.requiredBoolean("draft");

        MarkdownRenderer.Rendered body = markdown.render(normalized.substring(end + 5));
        if (body.highestCitation() > sources.size()) {
            throw new LibraryContentException(
                    file,
                    "body",
                    "cites [" + body.highestCitation() + "] but the page has " + sources.size() + " sources");
        }
        return new Article(
                place[0] + "/" + name,
                type,
                title,
                summary,
                category,
                condition,
                exerciseIds,
                related,
                sources,
                tools,
                productIds,
                author,
                reviewedBy,
                lastReviewed,
                draft,
                body.html(),
                body.headings());
    }

    private Map<String, ProductPick> products(String text) {
        JsonNode list;
        try {
            list = yaml.readTree(text);
        } catch (JacksonException e) {
            throw new LibraryContentException(PRODUCTS, null, "not valid YAML: " + e.getOriginalMessage());
        }
        if (list == null || !list.isArray()) {
            throw new LibraryContentException(PRODUCTS, null, "must be a list of product picks");
        }
        Map<String, ProductPick> products = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "[" + i + "].";
            if (!list.get(i).isObject()) {
                throw new LibraryContentException(PRODUCTS, "[" + i + "]", "must be a set of fields");
            }
            Fields fields = new Fields(PRODUCTS, at, list.get(i), PRODUCT_FIELDS);
            ProductPick pick = new ProductPick(
                    fields.required("id", LibraryReader::slug),
                    fields.required("name", v -> bounded(v, TITLE_LIMIT)),
                    fields.required("for", v -> bounded(v, SUMMARY_LIMIT * 2)),
                    fields.required("grade", LibraryReader::grade),
                    fields.required("url", LibraryReader::https),
                    fields.optionalList("usedIn", LibraryReader::pageSlug));
            if (products.put(pick.id(), pick) != null) {
                throw new LibraryContentException(PRODUCTS, at + "id", "'" + pick.id() + "' is used twice");
            }
        }
        return products;
    }

    private void checkReferences(Map<String, Article> pages, Map<String, ProductPick> products) {
        for (Article page : pages.values()) {
            String file = page.slug() + ".md";
            if (page.category() != null && !pages.containsKey("categories/" + page.category())) {
                throw new LibraryContentException(
                        file, "category", "'" + page.category() + "' is not a page in categories/");
            }
            for (int i = 0; i < page.related().size(); i++) {
                String slug = page.related().get(i);
                if (!pages.containsKey(slug) || slug.equals(page.slug())) {
                    throw new LibraryContentException(
                            file, "related[" + i + "]", "'" + slug + "' is not another page of the library");
                }
            }
            for (int i = 0; i < page.exercises().size(); i++) {
                if (!exercises.contains(page.exercises().get(i))) {
                    throw new LibraryContentException(
                            file,
                            "exercises[" + i + "]",
                            "'" + page.exercises().get(i) + "' is not an exercise of exercises/exercises.json");
                }
            }
            for (int i = 0; i < page.products().size(); i++) {
                ProductPick pick = products.get(page.products().get(i));
                if (pick == null) {
                    throw new LibraryContentException(
                            file, "products[" + i + "]", "'" + page.products().get(i) + "' is not in " + PRODUCTS);
                }
                if (!pick.usedIn().contains(page.slug())) {
                    throw new LibraryContentException(
                            PRODUCTS,
                            "usedIn of " + pick.id(),
                            "must list " + page.slug() + ", whose front matter names the pick");
                }
            }
            for (Element link : Jsoup.parseBodyFragment(page.html()).select("a[href^=" + Library.BASE + "/]")) {
                String target =
                        link.attr("href").substring(Library.BASE.length() + 1).replaceFirst("#.*$", "");
                if (!pages.containsKey(target)) {
                    throw new LibraryContentException(
                            file, "body", "links to " + link.attr("href") + ", which is not a page of the library");
                }
            }
        }
        for (ProductPick pick : products.values()) {
            for (int i = 0; i < pick.usedIn().size(); i++) {
                Article page = pages.get(pick.usedIn().get(i));
                if (page == null || !page.products().contains(pick.id())) {
                    throw new LibraryContentException(
                            PRODUCTS,
                            "usedIn of " + pick.id() + "[" + i + "]",
                            "'" + pick.usedIn().get(i) + "' is not a page whose products name " + pick.id());
                }
            }
        }
    }

    // ---- the values of fields; each throws IllegalArgumentException with what is wrong

    private static String bounded(String value, int limit) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (value.length() > limit) {
            throw new IllegalArgumentException("is " + value.length() + " characters long, more than " + limit);
        }
        return value.strip();
    }

    private static String slug(String value) {
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a slug (lower case words joined by -)");
        }
        return value;
    }

    private static String pageSlug(String value) {
        if (!PAGE_SLUG.matcher(value).matches()
                || PageType.ofFolder(value.substring(0, value.indexOf('/'))).isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a page slug such as conditions/patellofemoral-pain");
        }
        return value;
    }

    private static Condition condition(String value) {
        try {
            return Condition.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + List.of(Condition.values()));
        }
    }

    private static String exerciseId(String value) {
        if (!EXERCISE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an exercise id such as SPLIT_SQUAT");
        }
        return value;
    }

    private static Grade grade(String value) {
        try {
            return Grade.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a grade: A, B, C or D");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date written YYYY-MM-DD");
        }
    }

    private static String https(String value) {
        if (!value.startsWith("https://") || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + value + "' is not an https:// address");
        }
        return value;
    }

    private static Source source(Fields fields) {
        String pmid = fields.optional("pmid", v -> {
            if (!PMID.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a PubMed id (digits only)");
            }
            return v;
        });
        String doi = fields.optional("doi", v -> {
            if (!DOI.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a DOI such as 10.1136/bjsports-2016-096384");
            }
            return v;
        });
        String url = fields.optional("url", LibraryReader::https);
        if (pmid == null && doi == null && url == null) {
            throw fields.problem("pmid", "a source needs a PubMed id or a DOI (or, for one that has neither, a url)");
        }
        return new Source(
                fields.required("title", v -> bounded(v, 400)),
                fields.required("authors", v -> bounded(v, 400)),
                fields.required("journal", v -> bounded(v, 200)),
                fields.required("year", v -> {
                    int year = v.matches("[0-9]{4}") ? Integer.parseInt(v) : 0;
                    if (year < 1900 || year > 2100) {
                        throw new IllegalArgumentException(v + " is not a plausible year");
                    }
                    return year;
                }),
                pmid,
                doi,
                url);
    }

    private static Tool tool(Fields fields) {
        return new Tool(
                fields.required("name", v -> bounded(v, TITLE_LIMIT)),
                fields.required("purpose", v -> bounded(v, SUMMARY_LIMIT * 2)),
                fields.required("grade", LibraryReader::grade));
    }

    /** The fields of one YAML mapping, each read once with its full name in errors. */
    private static final class Fields {

        private final String file;
        private final String prefix;
        private final JsonNode node;

        Fields(String file, String prefix, JsonNode node, Set<String> known) {
            this.file = file;
            this.prefix = prefix;
            this.node = node;
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    throw new LibraryContentException(file, prefix + name, "is not a field of this format");
                }
            }
        }

        private LibraryContentException problem(String name, String what) {
            return new LibraryContentException(file, prefix + name, what);
        }

        <T> T required(String name, Function<String, T> parse) {
            T value = optional(name, parse);
            if (value == null) {
                throw problem(name, "is required");
            }
            return value;
        }

        <T> T optional(String name, Function<String, T> parse) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                throw problem(name, "must be a single value");
            }
            try {
                return parse.apply(value.asString());
            } catch (IllegalArgumentException e) {
                throw problem(name, e.getMessage());
            }
        }

        <T> T absent(String name, String why) {
            if (node.has(name)) {
                throw problem(name, why);
            }
            return null;
        }

        boolean requiredBoolean(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw problem(name, "is required");
            }
            if (!value.isBoolean()) {
                throw problem(name, "must be true or false");
            }
            return value.booleanValue();
        }

        /** A list of single values, at least one. */
        <T> List<T> requiredList(String name, Function<String, T> parse) {
            return atLeastOne(name, optionalList(name, parse));
        }

        /** A list of single values, none twice. */
        <T> List<T> optionalList(String name, Function<String, T> parse) {
            Set<String> seen = new LinkedHashSet<>();
            return items(name, (at, item) -> {
                if (!item.isValueNode() || item.isNull()) {
                    throw problem(at, "must be a single value");
                }
                if (!seen.add(item.asString())) {
                    throw problem(at, "'" + item.asString() + "' is listed twice");
                }
                try {
                    return parse.apply(item.asString());
                } catch (IllegalArgumentException e) {
                    throw problem(at, e.getMessage());
                }
            });
        }

        /** A list of sets of fields, at least one. */
        <T> List<T> requiredObjects(String name, Function<Fields, T> read) {
            return atLeastOne(name, optionalObjects(name, read));
        }

        /** A list of sets of fields, each read with its own names ({@code sources[2].pmid}). */
        <T> List<T> optionalObjects(String name, Function<Fields, T> read) {
            return items(name, (at, item) -> {
                if (!item.isObject()) {
                    throw problem(at, "must be a set of fields");
                }
                return read.apply(new Fields(file, prefix + at + ".", item, knownOf(name)));
            });
        }

        private <T> List<T> atLeastOne(String name, List<T> values) {
            if (values.isEmpty()) {
                throw problem(name, "is required and must hold at least one");
            }
            return values;
        }

        /** Reads each item of a list field ({@code name[i]} and the item); an absent field is an empty list. */
        private <T> List<T> items(String name, BiFunction<String, JsonNode, T> read) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw problem(name, "must be a list");
            }
            List<T> values = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                values.add(read.apply(name + "[" + i + "]", value.get(i)));
            }
            return values;
        }

        private static Set<String> knownOf(String list) {
            return switch (list) {
                case "sources" -> SOURCE_FIELDS;
                case "tools" -> TOOL_FIELDS;
                default -> throw new IllegalArgumentException(list);
            };
        }
    }
}
