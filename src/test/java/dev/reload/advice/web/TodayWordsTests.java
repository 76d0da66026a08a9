package dev.reload.advice.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader of Today's words finds each thing Today must never say, and nothing in a page that reads right. */
class TodayWordsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <main><p>The session of 2026-03-09 was red.</p></main>                    | an ISO date
            <main><p>Split squat: 3 × 10 (SPLIT_SQUAT)</p></main>                     | an enum id
            <main><p>R3.hold: stay at 12 km.</p></main>                               | a rule id outside its tag
            <main><p>no more hard sessions than this week (0).</p></main>             | a count in brackets
            <main><p>Side plank: 3, 3 sets of 20 s</p></main>                         | sets counted twice
            <main><p>About 0 km of running.</p></main>                                | a zero dose
            <main><p>Your null on Monday</p></main>                                   | a value the template did not have
            <main><p>??today.next.SOMETHING_en??</p></main>                           | a value the template did not have
            """)
    void findsWhatTodayMustNeverSay(String html, String offence) {
        assertThat(TodayWords.offenders(TodayWords.text(html))).anyMatch(o -> o.startsWith(offence + ":"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <main><p>Stay at 12 km.</p><p class="finding-source"><span class="rule">R3.hold</span> · Silbernagel</p></main>
            <main><p>Side plank: 3 × 3 holds of 20 s, on Monday 9 March 2026.</p></main>
            <main><p>Done so far this week: 0 km.</p><a href="/exercises/SPLIT_SQUAT">Split squat</a></main>
            """)
    void findsNothingInAPageThatReadsRight(String html) {
        assertThat(TodayWords.offenders(TodayWords.text(html))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <header>2026-01-01 R1</header><main><p>Hello, Sam</p></main>  | Hello, Sam
            <main><p>at the edge &#39;amber&#39; &amp; more</p></main>      | at the edge 'amber' & more
            """)
    void readsOnlyTheMainPartAsText(String html, String text) {
        assertThat(TodayWords.text(html)).isEqualTo(text);
    }
}
