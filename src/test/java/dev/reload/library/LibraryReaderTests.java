package dev.reload.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LibraryReaderTests {

    private static final ExerciseLibrary EXERCISES = ExerciseLibraryFile.read();
    private static final String SAMPLE = "conditions/sample-condition.md";

    private final LibraryReader reader = new LibraryReader(EXERCISES);

    @Test
    void readsTheSamplePageWithEveryFieldOfTheFormat() {
        LibraryContent content = reader.read(validSamples());

        Article page = content.page("conditions/sample-condition").orElseThrow();
        assertThat(page.type()).isEqualTo(PageType.CONDITION);
        assertThat(page.condition()).isEqualTo(Condition.PATELLOFEMORAL_PAIN);
        assertThat(page.category()).isEqualTo("runners-knee");
        assertThat(page.exercises()).containsExactly("CLAMSHELL", "SPLIT_SQUAT");
        assertThat(page.sources()).singleElement().satisfies(source -> {
            assertThat(source.pubmedUrl()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/12345678/");
            assertThat(source.doiUrl()).isEqualTo("https://doi.org/10.1000/test-1");
        });
        assertThat(page.tools()).singleElement().extracting(Tool::grade).isEqualTo(Grade.A);
        assertThat(page.headings())
                .containsExactly(
                        new Heading("where-it-hurts", "Where it hurts"),
                        new Heading("red-flags-when-to-get-help", "Red flags: when to get help"));
        assertThat(content.inCategory("runners-knee")).containsExactly(page);
        assertThat(content.products(page.products()))
                .extracting(ProductPick::id)
                .containsExactly("loop-bands");
    }

    @Test
    void rendersTablesAndCitationsAndKeepsNoScriptNorUnsafeLink() {
        Article page =
                reader.read(validSamples()).page("conditions/sample-condition").orElseThrow();
        Document html = Jsoup.parseBodyFragment(page.html());

        assertThat(html.select("table th")).extracting(e -> e.text()).containsExactly("place", "how");
        assertThat(html.select("a.citation").attr("href")).isEqualTo("#source-1");
        assertThat(html.select("script")).isEmpty();
        assertThat(page.html()).contains("&lt;script&gt;").doesNotContain("javascript:");
        assertThat(html.select("a[href=/finder]")).hasSize(1);
    }

    @Test
    void leavesDraftsOutOfWhatIsPublished() {
        Map<String, String> files = validSamples();
        files.put(SAMPLE, files.get(SAMPLE).replace("draft: false", "draft: true"));
        files.put(
                "categories/runners-knee.md",
                files.get("categories/runners-knee.md")
                        .replace("[the sample condition](/library/conditions/sample-condition)", "it"));

        LibraryContent content = reader.read(files);

        assertThat(content.page("conditions/sample-condition")).isEmpty();
        assertThat(content.published()).extracting(Article::slug).containsExactly("categories/runners-knee");
        assertThat(content.inCategory("runners-knee")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "unknown-field,    reviewdBy",
        "missing-title,    title",
        "bad-date,         lastReviewed",
        "bad-related,      related[0]",
        "missing-related,  related[0]",
        "unknown-exercise, exercises[1]",
        "unknown-product,  products[1]",
        "bad-pmid,         sources[0].pmid",
        "bad-doi,          sources[0].doi",
        "source-without-identifier, sources[0].pmid",
        "bad-grade,        tools[0].grade",
        "bad-citation,     body",
        "wrong-type,       type",
        "unknown-category, category",
        "bad-link,         body"
    })
    void refusesAMalformedPageNamingTheFileAndTheField(String sample, String field) {
        Map<String, String> files = validSamples();
        files.put(SAMPLE, resource("malformed/" + sample + ".md"));

        LibraryContentException e = catchThrowableOfType(LibraryContentException.class, () -> reader.read(files));

        assertThat(e).as(sample).isNotNull();
        assertThat(e.file()).isEqualTo(SAMPLE);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(SAMPLE + ", field " + field + ": ");
    }

    @Test
    void refusesAPageWithoutFrontMatter() {
        Map<String, String> files = validSamples();
        files.put(SAMPLE, resource("malformed/no-front-matter.md"));

        LibraryContentException e = catchThrowableOfType(LibraryContentException.class, () -> reader.read(files));

        assertThat(e.file()).isEqualTo(SAMPLE);
        assertThat(e.getMessage()).contains("front matter");
    }

    @Test
    void refusesAProductWhoseUsedInIsOutOfStepWithThePages() {
        Map<String, String> files = validSamples();
        files.put(LibraryReader.PRODUCTS, files.get(LibraryReader.PRODUCTS) + "    - categories/runners-knee\n");

        LibraryContentException e = catchThrowableOfType(LibraryContentException.class, () -> reader.read(files));

        assertThat(e.file()).isEqualTo(LibraryReader.PRODUCTS);
        assertThat(e.field()).isEqualTo("usedIn of loop-bands[1]");
    }

    static Map<String, String> validSamples() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : List.of("categories/runners-knee.md", SAMPLE, LibraryReader.PRODUCTS)) {
            files.put(file, resource("valid/" + file));
        }
        return files;
    }

    private static String resource(String path) {
        try (InputStream in = LibraryReaderTests.class.getResourceAsStream("/library-samples/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
