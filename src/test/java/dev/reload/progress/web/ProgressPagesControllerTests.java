package dev.reload.progress.web;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrendService;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressLogs;
import dev.reload.progress.ProgressService;
import dev.reload.progress.Progresses;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.TODAY;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The progress page as it is shown: the words for no plan and for nothing logged, each chart with
 * its data and its table, ten years drawn from a few points, and the same series over the API.
 */
@WebSliceTest
class ProgressPagesControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ProgressService progress;

    @Autowired
    private PainTrendService painTrend;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void noOutcomesYet() {
        given(painTrend.trend(ME)).willReturn(new PainTrend(null, null, null, null, List.of()));
        given(outcomes.all(ME)).willReturn(List.of());
    }

    @Test
    void withoutAPlanSaysWhatWillAppearAndWhen() throws Exception {
        given(progress.progress(ME)).willReturn(Progresses.noPlan(TODAY));

        String page = page("/progress");

        assertThat(page)
                .contains("<title>Progress – Reload</title>")
                .contains("Once you set up a plan and log your first session or morning check-in, charts of your"
                        + " weeks, your pain and your strength work appear here.")
                .contains("href=\"/onboarding\"")
                .doesNotContain("data-progress-chart")
                .contains("Education, not diagnosis.");
    }

    @Test
    void aPlanWithNothingLoggedSaysOneDayIsEnough() throws Exception {
        ProgressLogs log = ProgressLogs.plan();
        given(progress.progress(ME)).willReturn(log.progressOn(log.day(1, 2)));

        String page = page("/progress");

        assertThat(page).contains("one day is enough for the first points").doesNotContain("data-progress-chart");
    }

    @Test
    void oneDayOfDataDrawsEveryChartWithItsTable() throws Exception {
        ProgressLogs log = ProgressLogs.plan();
        log.run(log.day(1, 0), 3, 2, 1);
        given(progress.progress(ME)).willReturn(log.progressOn(log.day(1, 0)));

        String page = page("/progress");

        assertThat(page)
                .contains("You are in week 1 of your plan.")
                .contains("Running each week")
                .contains("data-chart=\"{&quot;kind&quot;:&quot;volume&quot;,&quot;labels&quot;:[&quot;Week 1&quot;],"
                        + "&quot;volume&quot;:[3.0],&quot;dose&quot;:[9.0],&quot;goal&quot;:30.0,"
                        + "&quot;guardFrom&quot;:[null],&quot;guardTo&quot;:[null],&quot;phases&quot;:[&quot;SETTLE&quot;],"
                        + "&quot;phaseNames&quot;:[&quot;Settle&quot;],&quot;lights&quot;:[&quot;GREEN&quot;]}\"")
                .contains(
                        "&quot;kind&quot;:&quot;pain&quot;,&quot;labels&quot;:[&quot;2 Mar&quot;],&quot;volume&quot;:[3.0],"
                                + "&quot;during&quot;:[2],&quot;after&quot;:[1],&quot;morning&quot;:[null],"
                                + "&quot;amberPain&quot;:4,&quot;redPain&quot;:6")
                .contains(
                        "&quot;kind&quot;:&quot;ratio&quot;,&quot;labels&quot;:[&quot;2 Mar&quot;],&quot;ratio&quot;:[null],"
                                + "&quot;under&quot;:0.8,&quot;caution&quot;:1.3,&quot;high&quot;:1.5")
                .contains("This needs four weeks of sessions before it can be drawn.")
                .contains("No strength work logged in these weeks yet.")
                .contains("Pain from 0 to 3 is fine, 4 to 5 is at the edge, 6 or more is too much")
                .contains("green: it went well")
                .contains("1 of 3")
                .contains(
                        "data-testid=\"table-volume\"",
                        "data-testid=\"table-pain\"",
                        "data-testid=\"table-ratio\"",
                        "data-testid=\"table-adherence\"")
                .doesNotContain("data-testid=\"chart-months\"")
                .containsPattern("/js/progress-charts-[0-9a-f]{32}\\.js")
                .contains("/dist/chart.umd.js")
                .contains("data-testid=\"pain-trend\"", "data-testid=\"outcome-scores\"")
                .contains("data-testid=\"report-download\"", "href=\"/report.pdf\"");
    }

    @Test
    void kilometresAreShownInMilesForSomeoneWhoPrefersMiles() throws Exception {
        ProgressLogs log = ProgressLogs.plan();
        log.run(log.day(1, 0), 3, 2, 1);
        given(progress.progress(ME)).willReturn(log.progressOn(log.day(1, 0)));
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);

        String page = page("/progress");

        assertThat(page)
                .contains("Bars show what you did each week (mi)")
                .contains("&quot;volume&quot;:[1.86],&quot;dose&quot;:[5.59],&quot;goal&quot;:18.64")
                .contains("Your weekly goal is 18.64 mi.")
                .doesNotContain("(km)");
    }

    @Test
    void strengthStepsUpAndDownAreNamedInTheTable() throws Exception {
        ProgressLogs log = ProgressLogs.plan();
        log.strength(log.day(1, 0), "SPLIT_SQUAT", 10, 10, 1)
                .strength(log.day(1, 2), "SPLIT_SQUAT", 10, 12.5, 1)
                .strength(log.day(1, 4), "SPLIT_SQUAT", 10, 10, 6);
        given(progress.progress(ME)).willReturn(log.progressOn(log.day(1, 6)));

        String page = page("/progress");

        assertThat(page)
                .contains(
                        "&quot;measure&quot;:&quot;kg&quot;,&quot;load&quot;:[10.0,12.5,10.0],&quot;count&quot;:[10,10,10],"
                                + "&quot;change&quot;:[null,&quot;PROGRESSION&quot;,&quot;REGRESSION&quot;]")
                .contains("<td>step up</td>", "<td>step down</td>", "<td>12.5</td>");
    }

    @Test
    void tenYearsOfDataDrawAFewHundredPoints() throws Exception {
        ProgressLogs log = ProgressLogs.plan();
        int weeks = 520;
        for (int w = 1; w <= weeks; w++) {
            log.greenWeek(w, 3).strength(log.day(w, 1), "SPLIT_SQUAT", 10, 10, 1);
        }
        Progress tenYears = log.progressOn(log.day(weeks, 6));
        given(progress.progress(ME)).willReturn(tenYears);

        String page = page("/progress");

        assertThat(page)
                .contains("You are in week 520 of your plan.")
                .contains("data-testid=\"chart-months\"")
                .contains("The whole plan, month by month");
        assertThat(rows(page, "table-volume")).isEqualTo(Progresses.WEEKS_SHOWN);
        assertThat(rows(page, "table-pain")).isEqualTo(Progresses.DAYS_SHOWN);
        assertThat(rows(page, "table-ratio")).isEqualTo(Progresses.DAYS_SHOWN);
        assertThat(rows(page, "table-months"))
                .isEqualTo(tenYears.months().size())
                .isLessThan(125);
        assertThat(page.length()).isLessThan(400_000);
    }

    @Test
    void theApiAnswersTheSameSeries() throws Exception {
        ProgressLogs log = ProgressLogs.plan().greenWeek(1, 3);
        log.run(log.day(2, 0), 3, 6, 6);
        given(progress.progress(ME)).willReturn(log.progressOn(log.day(2, 1)));

        MvcResult result = mvc.perform(get("/api/v1/progress").with(signedIn())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String json = result.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("READY");
        assertThat((List<String>) JsonPath.read(json, "$.volume[*].light")).containsExactly("GREEN", "RED");
        assertThat((Integer) JsonPath.read(json, "$.plan.currentWeek")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(json, "$.lines.redPain")).isEqualTo(6);
        assertThat((Integer) JsonPath.read(json, "$.pain[7].painDuring")).isEqualTo(6);
        assertThat((String) JsonPath.read(json, "$.pain[7].date"))
                .isEqualTo(LocalDate.of(2026, 3, 9).toString());
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** The body rows of the table with {@code data-testid="testId"}. */
    private static int rows(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        int body = page.indexOf("<tbody>", start);
        int end = page.indexOf("</tbody>", body);
        String rows = page.substring(body, end);
        return rows.split("<tr", -1).length - 1;
    }
}
