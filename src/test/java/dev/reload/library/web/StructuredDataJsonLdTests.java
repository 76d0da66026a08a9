package dev.reload.library.web;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.library.PageType;
import dev.reload.library.Source;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every library page's JSON-LD read back by a JSON-LD 1.1 processor (Titanium), as a search
 * engine reads it: expanded against schema.org, a condition page is a {@code MedicalWebPage}
 * about a {@code MedicalCondition}, with {@code lastReviewed}, {@code reviewedBy} and one {@code
 * citation} per source, each citation linked to its DOI or PubMed record.
 *
 * <p>The tests run offline, so schema.org's context is answered from {@code
 * jsonld/schema-org-context.jsonld}: schema.org's vocabulary, with {@code url} and {@code sameAs}
 * as addresses as schema.org's own context has them. Any other remote document fails the test.
 */
@WebSliceTest
class StructuredDataJsonLdTests {

    private static final String SCHEMA = "https://schema.org/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Test
    void everyConditionPageIsAMedicalWebPageAboutItsConditionWithItsReviewAndCitations() throws Exception {
        List<Article> conditions = library.content().published(PageType.CONDITION);
        assertThat(conditions).hasSizeGreaterThanOrEqualTo(7);
        for (Article article : conditions) {
            JsonObject page = node(expand(article), "MedicalWebPage")
                    .orElseThrow(() -> new AssertionError(article.slug() + " has no MedicalWebPage"));

            assertThat(value(page, "name")).as(article.slug()).isEqualTo(article.title());
            assertThat(id(page, "url")).isEqualTo("http://localhost" + article.path());
            assertThat(value(page, "lastReviewed"))
                    .isEqualTo(article.lastReviewed().toString());

            JsonObject about = objects(page, "about").get(0);
            assertThat(types(about)).containsExactly(SCHEMA + "MedicalCondition");
            JsonObject reviewer = objects(page, "reviewedBy").get(0);
            assertThat(value(reviewer, "name")).isEqualTo(article.reviewedBy());

            List<JsonObject> citations = objects(page, "citation");
            assertThat(citations).hasSize(article.sources().size());
            for (int i = 0; i < citations.size(); i++) {
                Source source = article.sources().get(i);
                assertThat(types(citations.get(i))).containsExactly(SCHEMA + "ScholarlyArticle");
                assertThat(value(citations.get(i), "name")).isEqualTo(source.title());
                assertThat(ids(citations.get(i), "sameAs"))
                        .as(article.slug() + " source " + (i + 1))
                        .isNotEmpty()
                        .allMatch(link -> link.startsWith("https://"));
            }
        }
    }

    @Test
    void guidesAreMedicalWebPagesAndCategoriesCollectionPages() throws Exception {
        for (Article guide : library.content().published(PageType.GUIDE)) {
            JsonObject page = node(expand(guide), "MedicalWebPage").orElseThrow();
            assertThat(page.containsKey(SCHEMA + "about")).as(guide.slug()).isFalse();
            assertThat(objects(page, "citation")).hasSize(guide.sources().size());
        }
        for (Article category : library.content().published(PageType.CATEGORY)) {
            assertThat(node(expand(category), "CollectionPage"))
                    .as(category.slug())
                    .isPresent();
        }
    }

    /** The page's JSON-LD script, expanded. */
    private JsonArray expand(Article article) throws Exception {
        String html = mvc.perform(get(article.path())).andReturn().getResponse().getContentAsString();
        Element script = Jsoup.parse(html).selectFirst("head script[type=application/ld+json]");
        assertThat(script).as(article.slug()).isNotNull();
        Document document = JsonDocument.of(new StringReader(script.data()));
        return JsonLd.expand(document).loader(new SchemaOrgOffline()).get();
    }

    private static Optional<JsonObject> node(JsonArray expanded, String type) {
        return expanded.stream()
                .map(JsonValue::asJsonObject)
                .filter(node -> types(node).contains(SCHEMA + type))
                .findFirst();
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static List<JsonObject> objects(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(SCHEMA + property);
        assertThat(values).as(property).isNotNull();
        return values.stream().map(JsonValue::asJsonObject).toList();
    }

    private static String value(JsonObject node, String property) {
        return objects(node, property).get(0).getString("@value");
    }

    private static String id(JsonObject node, String property) {
        return objects(node, property).get(0).getString("@id");
    }

    private static List<String> ids(JsonObject node, String property) {
        List<String> ids = new ArrayList<>();
        JsonArray values = node.getJsonArray(SCHEMA + property);
        if (values == null) {
            return ids;
        }
        for (JsonObject value : values.getValuesAs(JsonObject.class)) {
            ids.add(value.getString("@id"));
        }
        return ids;
    }

    /** schema.org's context from the test's resources; no other document is fetched. */
    private static final class SchemaOrgOffline implements DocumentLoader {

        private static final Map<String, String> LOCAL = Map.of(
                "https://schema.org", "/jsonld/schema-org-context.jsonld",
                "https://schema.org/", "/jsonld/schema-org-context.jsonld");

        @Override
        public Document loadDocument(URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options)
                throws JsonLdError {
            String resource = LOCAL.get(url.toString());
            if (resource == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
            }
            try (InputStream in = StructuredDataJsonLdTests.class.getResourceAsStream(resource)) {
                JsonDocument context = JsonDocument.of(in);
                return context;
            } catch (java.io.IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        }
    }
}
