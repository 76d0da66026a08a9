package dev.reload.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.finder.Explainers;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LibraryTests {

    private static final ExerciseLibrary EXERCISES = ExerciseLibraryFile.read();

    @Test
    void readsEveryShippedFileAndPublishesAtLeastFourteenPages() {
        Library library = new Library(EXERCISES, new LibraryProperties(null, false, null));

        assertThat(library.content().published()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(library.content().published(PageType.CATEGORY)).hasSize(5);
        assertThat(library.content().page("about/methodology")).isPresent();
    }

    @Test
    void hasAnExplainerForEveryConditionAtTheAddressTheFinderLinks() {
        LibraryContent content = new Library(EXERCISES, new LibraryProperties(null, false, null)).content();

        for (Condition condition : Condition.values()) {
            Article page = content.page(PageType.CONDITION, Explainers.slug(condition))
                    .orElseThrow(() -> new AssertionError("no explainer for " + condition));
            assertThat(page.condition()).isEqualTo(condition);
            assertThat(page.path()).isEqualTo(Explainers.path(condition));
        }
    }

    @Test
    void everyRuleLinkNamesAPageAndAHeadingOfIt() {
        LibraryContent content = new Library(EXERCISES, new LibraryProperties(null, false, null)).content();

        LibraryLinks.all().forEach((rule, link) -> {
            String[] parts = link.substring(Library.BASE.length() + 1).split("#");
            Article page = content.page(parts[0]).orElseThrow(() -> new AssertionError(rule + ": " + link));
            if (parts.length > 1) {
                assertThat(page.headings()).as(rule).extracting(Heading::id).contains(parts[1]);
            }
        });
        assertThat(LibraryLinks.forRule("R3.progress"))
                .contains("/library/conditions/overuse-knee-pain#getting-back-to-your-activity");
        assertThat(LibraryLinks.forRule("R7.bone-stress")).contains("/library/conditions/bone-stress-reaction");
        assertThat(LibraryLinks.forRule("R9")).isEmpty();
    }

    @Test
    void aTendinopathysStrengthDecisionsLinkToTheStagedProgrammeOnItsOwnPage() {
        assertThat(LibraryLinks.forRule("R5.progress", Condition.PATELLAR_TENDINOPATHY))
                .contains("/library/conditions/patellar-tendinopathy#what-helps");
        assertThat(LibraryLinks.forRule("R5.regress", Condition.PES_ANSERINE))
                .contains("/library/conditions/pes-anserine-tendinopathy#what-helps");
        assertThat(LibraryLinks.forRule("R5.maintain", Condition.PATELLAR_TENDINOPATHY))
                .contains("/library/conditions/overuse-knee-pain#staying-well");
        assertThat(LibraryLinks.forRule("R5.hold", Condition.PATELLOFEMORAL_PAIN))
                .contains("/library/conditions/overuse-knee-pain#strength-work");
        assertThat(LibraryLinks.forRule("R3.progress", Condition.PATELLAR_TENDINOPATHY))
                .isEqualTo(LibraryLinks.forRule("R3.progress"));
        assertThat(LibraryLinks.forRules(Stream.of("R5.hold", "R1.stop"), Condition.PATELLAR_TENDINOPATHY))
                .containsEntry("R5.hold", "/library/conditions/patellar-tendinopathy#what-helps")
                .containsEntry("R1.stop", "/library/conditions/overuse-knee-pain#reading-your-pain");
    }

    @Test
    void refusesAnAffiliateTagThatIsNotOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LibraryProperties(null, false, "my tag?x=1"))
                .withMessageContaining("reload.library.affiliate-tag");
        assertThat(new LibraryProperties(null, false, " reload-20 ").affiliateTag())
                .isEqualTo("reload-20");
    }

    @Test
    void watchesAFolderForChangesUnlessToldNotToAndNeverTheClassPathByDefault() {
        assertThat(new LibraryProperties("file:src/main/resources/library", null, null).reload())
                .isTrue();
        assertThat(new LibraryProperties("file:src/main/resources/library", false, null).reload())
                .isFalse();
        assertThat(new LibraryProperties(null, null, null).reload()).isFalse();
        assertThat(new LibraryProperties(null, null, null).location()).isEqualTo("classpath:library/");
    }

    @Test
    void readsAChangedFileAgainWhenReloadIsOn(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> file : LibraryReaderTests.validSamples().entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Library library =
                new Library(EXERCISES, new LibraryProperties(dir.toUri().toString(), null, null));
        assertThat(library.content()
                        .page("conditions/sample-condition")
                        .orElseThrow()
                        .title())
                .isEqualTo("Sample condition");

        Path page = dir.resolve("conditions/sample-condition.md");
        Files.writeString(page, Files.readString(page).replace("title: Sample condition", "title: Changed title"));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

        assertThat(library.content()
                        .page("conditions/sample-condition")
                        .orElseThrow()
                        .title())
                .isEqualTo("Changed title");

        Files.writeString(page, Files.readString(page).replace("reviewedBy:", "reviewdBy:"));
        Files.setLastModifiedTime(
                page, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10000));
        assertThat(library.content()
                        .page("conditions/sample-condition")
                        .orElseThrow()
                        .title())
                .as("a broken edit keeps the pages read before")
                .isEqualTo("Changed title");
    }
}
