package dev.reload.outcomes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.outcomes.KoosScoring;
import dev.reload.outcomes.KoosSubscale;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.OutcomeView;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrendService;
import dev.reload.outcomes.PainTrends;
import dev.reload.outcomes.PainTrends.MorningPain;
import dev.reload.support.WebSliceTest;

import static dev.reload.outcomes.OutcomeFixtures.answers;
import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The outcomes pages as they are shown: the pain trend in words, chart data and a table, the
 * scores over time, the questionnaire entered by item number (no item texts), and a refused entry
 * that keeps every answer tapped. Storage and scoring of a real entry are {@code
 * OutcomeApiIntegrationTests} and {@code OutcomePersistenceContract}.
 */
@WebSliceTest
class OutcomePagesControllerTests {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private PainTrendService painTrend;

    @Test
    void showsThePainTrendItsLineAndTheWeekThatReachedIt() throws Exception {
        List<MorningPain> mornings = new ArrayList<>();
        addWeek(mornings, 0, 5, 5, 6, 4, 5);
        addWeek(mornings, 1, 4, 5, 4, 4);
        addWeek(mornings, 2, 3, 4, 3, 4, 3);
        given(painTrend.trend(ME))
                .willReturn(PainTrends.weekly(START, START.plusWeeks(3).plusDays(1), mornings));
        given(outcomes.all(ME)).willReturn(List.of());

        String page = page("/outcomes");

        assertThat(page)
                .contains("<title>Outcomes – Reload</title>")
                .contains("Your starting point is plan week 1, Monday 5 January to Sunday 11 January: an average"
                        + " morning pain of 5.0 out of 10.")
                .contains("30 % lower than that, or 2 points lower, whichever comes first: here a weekly average of"
                        + " 3.5 or below.")
                .contains("Plan week 3, from Monday 19 January, was the first to get there, with an average of 3.4.")
                .contains(
                        "data-chart=\"{&quot;kind&quot;:&quot;pain-trend&quot;,&quot;labels&quot;:[&quot;Week 1&quot;,"
                                + "&quot;Week 2&quot;,&quot;Week 3&quot;,&quot;Week 4&quot;],&quot;pain&quot;:[5.0,4.3,3.4,null],"
                                + "&quot;line&quot;:3.5,&quot;baseline&quot;:5.0}\"")
                .contains("<td>too few mornings</td>")
                .contains("No questionnaire yet.")
                .contains("/dist/chart.umd.js")
                .containsPattern("/js/outcomes-chart-[0-9a-f]{32}\\.js");
        assertThat(page.replaceAll("\\s+", " "))
                .contains(
                        "<tr class=\"reached\"> <th scope=\"row\"><span>3</span> <span class=\"week-days\">19 Jan – 25"
                                + " Jan</span></th> <td>5</td> <td>3.4</td> <td>yes</td>");
    }

    @Test
    void withoutAPlanTheTrendSaysWhatItWaitsFor() throws Exception {
        given(painTrend.trend(ME)).willReturn(PainTrend.none());
        given(outcomes.all(ME)).willReturn(List.of());

        assertThat(page("/outcomes"))
                .contains("Once you have a plan, your morning check-ins show here as a weekly average.")
                .doesNotContain("pain-trend-chart");
    }

    @Test
    void listsTheScoresOverTimeWithTheOnesThatAreNotValid() throws Exception {
        given(painTrend.trend(ME)).willReturn(PainTrend.none());
        given(outcomes.all(ME))
                .willReturn(List.of(
                        view(
                                7,
                                LocalDate.of(2026, 3, 2),
                                List.of(KoosSubscale.PAIN),
                                answers("P", 1, 1, 2, 1, 0, 2, 0, 1, 1)),
                        view(
                                8,
                                LocalDate.of(2026, 4, 6),
                                List.of(KoosSubscale.PAIN, KoosSubscale.PF),
                                answers("P", 1, 1, 2, 1))));

        String page = page("/outcomes");

        assertThat(page.replaceAll("\\s+", " "))
                .contains("<th scope=\"col\">KOOS Pain</th> <th scope=\"col\">KOOS-PF, kneecap</th>")
                .contains("<th scope=\"row\" class=\"nowrap\">2 Mar 2026</th> <td>75.0</td> <td>not taken</td>")
                .contains(
                        "<th scope=\"row\" class=\"nowrap\">6 Apr 2026</th> <td>no score (4 of 9 answered, 5 needed)</td>"
                                + " <td>no score (0 of 11 answered, 6 needed)</td>")
                .contains("action=\"/outcomes/7/delete\"")
                .contains(
                        "<span>Delete</span><span class=\"visually-hidden\"> the questionnaire of 2 March 2026</span>")
                .contains(
                        "&quot;series&quot;:[{&quot;subscale&quot;:&quot;PAIN&quot;,&quot;label&quot;:&quot;KOOS Pain&quot;,"
                                + "&quot;scores&quot;:[75.0,null]}");
    }

    @Test
    void theEntryFormAsksForTheBoxOfEachItemByNumberOnly() throws Exception {
        String page = page("/outcomes/new?subscale=PF&subscale=PAIN&subscale=NOT_ONE");

        assertThat(page)
                .contains("<title>Enter a questionnaire – Reload</title>")
                .contains("<h2 id=\"items-PAIN\">KOOS Pain (P1–P9)</h2>")
                .contains("<h2 id=\"items-PF\">KOOS-PF, kneecap (PF1–PF11)</h2>")
                .contains("A score needs at least 6 of these 11 items answered.")
                .contains("name=\"subscale\" value=\"PAIN\"", "name=\"subscale\" value=\"PF\"")
                .contains("https://eprovide.mapi-trust.org/instruments/knee-injury-and-osteoarthritis-outcome-score")
                .contains("id=\"item-PF11-4\"")
                .doesNotContain("id=\"item-P1-5\"", "items-SYMPTOMS", "NOT_ONE");
        assertThat(page.indexOf("items-PAIN")).as("in the order of the forms").isLessThan(page.indexOf("items-PF"));
        assertThat(page.replaceAll("\\s+", " "))
                .contains("<legend><span class=\"visually-hidden\">KOOS Pain: </span><span>P1</span></legend>")
                .contains("class=\"scale scale-short\"");
        assertThat(page.split("type=\"radio\"", -1)).hasSize(20 * 5 + 1);
    }

    @Test
    void choosingNoPartGoesBackAndSaysSo() throws Exception {
        MvcResult result = mvc.perform(get("/outcomes/new").with(signedIn())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/outcomes?choose#record-heading");
        given(painTrend.trend(ME)).willReturn(PainTrend.none());
        given(outcomes.all(ME)).willReturn(List.of());
        assertThat(page("/outcomes?choose")).contains("Choose at least one part to enter.");
    }

    @Test
    void savingAnswersRecordsThemByItemAndShowsTheScores() throws Exception {
        OutcomeView saved = view(9, LocalDate.of(2026, 3, 2), List.of(KoosSubscale.PAIN), answers("P", 1, 1, 2, 1, 0));
        given(outcomes.record(eq(ME), any(OutcomeEntry.class))).willReturn(saved);

        MvcResult result = mvc.perform(post("/outcomes")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-02")
                        .param("subscale", "PAIN")
                        .param("P1", "1")
                        .param("P2", "1")
                        .param("P3", "2")
                        .param("P4", "1")
                        .param("P5", "0")
                        .param("PF1", "3")) // not a part chosen: left out
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/outcomes?saved=9");
        then(outcomes)
                .should()
                .record(
                        ME,
                        new OutcomeEntry(
                                LocalDate.of(2026, 3, 2), List.of(KoosSubscale.PAIN), answers("P", 1, 1, 2, 1, 0)));
        given(painTrend.trend(ME)).willReturn(PainTrend.none());
        given(outcomes.all(ME)).willReturn(List.of(saved));
        assertThat(page("/outcomes?saved=9"))
                .contains("Your questionnaire of Monday 2 March 2026 is saved; its scores are in the table.");
    }

    @Test
    void aRefusedEntryKeepsEveryAnswerAndNamesTheFieldByItsLabel() throws Exception {
        String page = mvc.perform(post("/outcomes")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "1850-06-01")
                        .param("subscale", "PAIN")
                        .param("P2", "3")
                        .param("P4", "7"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("The day you filled it in must be between Monday 1 January 1900 and")
                .contains("P4 must be one of the boxes 0–4.")
                .contains("value=\"1850-06-01\"");
        assertThat(page.replaceAll("\\s+", " "))
                .containsPattern("id=\"item-P2-3\" checked=\"checked\"|value=\"3\" id=\"item-P2-3\" checked");
        then(outcomes).should(never()).record(any(), any());
    }

    @Test
    void anEntryWithoutAnyAnswerIsRefused() throws Exception {
        String page = mvc.perform(post("/outcomes")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-02")
                        .param("subscale", "QOL"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Tap at least one answer: a questionnaire with none cannot be scored.");
        then(outcomes).should(never()).record(any(), any());
    }

    @Test
    void deletesAQuestionnaire() throws Exception {
        MvcResult result = mvc.perform(
                        post("/outcomes/5/delete").with(signedIn()).with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/outcomes?deleted");
        then(outcomes).should().delete(ME, 5);
    }

    @Test
    void signedOutVisitorsAreSentToTheLogin() throws Exception {
        assertThat(mvc.perform(get("/outcomes")).andReturn().getResponse().getRedirectedUrl())
                .as("signed out: to the login")
                .endsWith("/login");
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    static OutcomeView view(long id, LocalDate date, List<KoosSubscale> subscales, Map<String, Integer> answers) {
        return new OutcomeView(
                id,
                date,
                subscales,
                answers,
                subscales.stream().map(s -> KoosScoring.score(s, answers)).toList());
    }

    private static void addWeek(List<MorningPain> mornings, int index, int... pains) {
        for (int i = 0; i < pains.length; i++) {
            mornings.add(new MorningPain(START.plusWeeks(index).plusDays(i), pains[i]));
        }
    }
}
