package dev.reload.library;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reload.exercises.ExerciseLibraryFile;

import static org.assertj.core.api.Assertions.assertThat;

class LibrarySearchTests {

    private static final LibraryContent CONTENT =
            new Library(ExerciseLibraryFile.read(), new LibraryProperties(null, false, null)).content();

    @Test
    void aWordInTheTitleRanksThatPageFirst() {
        List<LibrarySearch.Hit> hits = LibrarySearch.search(CONTENT, "supplements");

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).page().title().toLowerCase()).contains("supplements");
        assertThat(hits).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
    }

    @Test
    void everyWordMustBeFoundAtTheStartOfAWord() {
        assertThat(LibrarySearch.search(CONTENT, "kneecap xylophone")).isEmpty();
        assertThat(LibrarySearch.search(CONTENT, "endon"))
                .as("not inside a word")
                .isEmpty();
        assertThat(LibrarySearch.search(CONTENT, "TENDON")).isNotEmpty();
    }

    @Test
    void theSnippetMarksTheWordsFoundAndKeepsTheTextAroundThem() {
        LibrarySearch.Hit hit = LibrarySearch.search(CONTENT, "stairs").get(0);

        assertThat(hit.snippet()).anySatisfy(segment -> {
            assertThat(segment.marked()).isTrue();
            assertThat(segment.text()).isEqualToIgnoringCase("stairs");
        });
        String joined = String.join(
                "", hit.snippet().stream().map(LibrarySearch.Segment::text).toList());
        assertThat(joined.length()).isBetween(20, 230);
    }

    @Test
    void aQueryOfOnlyShortWordsOrSignsFindsNothing() {
        assertThat(LibrarySearch.terms("a ? ! -")).isEmpty();
        assertThat(LibrarySearch.search(CONTENT, "a ?")).isEmpty();
        assertThat(LibrarySearch.terms("Knee knee, KNEE")).containsExactly("knee");
    }
}
