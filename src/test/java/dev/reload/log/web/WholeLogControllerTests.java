package dev.reload.log.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInView;
import dev.reload.log.LogDay;
import dev.reload.log.LogEntry;
import dev.reload.log.LogEntry.Kind;
import dev.reload.log.LogFilter;
import dev.reload.log.LogPage;
import dev.reload.log.LogSource;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.log.WholeLogService;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole log page: days in words (with the year only when it is not this year's), exercise
 * names, each entry's edit link, Older and Newer links that keep the filters, a month to go to,
 * and a bad parameter named on its field while the page still shows.
 */
@WebSliceTest
class WholeLogControllerTests {

    static final SessionView IMPORTED_RUN = new SessionView(
            11,
            LocalDate.of(2026, 3, 8),
            Activity.RUN,
            new BigDecimal("8.12"),
            VolumeUnit.KM,
            2460,
            new BigDecimal("8.12"),
            null,
            null,
            null,
            "export.zip: activities/812.fit.gz",
            null,
            null,
            null,
            303);

    static final SessionView WALK_BY_HAND = new SessionView(
            12,
            LocalDate.of(2026, 3, 8),
            Activity.WALK,
            new BigDecimal("45"),
            VolumeUnit.MINUTES,
            null,
            null,
            3,
            1,
            0,
            "MANUAL",
            null,
            null,
            null,
            null);

    static final StrengthView SPLIT_SQUAT =
            new StrengthView(21, LocalDate.of(2026, 3, 8), "SPLIT_SQUAT", 3, 8, new BigDecimal("10"), null, null, 2);

    static final CheckInView CHECK_IN = new CheckInView(31, LocalDate.of(2026, 3, 8), 1, 2, null, null, null);

    static final SessionView RUN_IN_2019 = new SessionView(
            13,
            LocalDate.of(2019, 6, 15),
            Activity.RUN,
            new BigDecimal("5.2"),
            VolumeUnit.KM,
            1800,
            new BigDecimal("5.2"),
            null,
            2,
            null,
            "activities/2019.fit",
            null,
            null,
            null,
            null);

    static final LogPage PAGE = new LogPage(
            List.of(
                    new LogDay(
                            LocalDate.of(2026, 3, 8),
                            List.of(
                                    new LogEntry(Kind.SESSION, IMPORTED_RUN, null, null),
                                    new LogEntry(Kind.SESSION, WALK_BY_HAND, null, null),
                                    new LogEntry(Kind.STRENGTH, null, SPLIT_SQUAT, null),
                                    new LogEntry(Kind.CHECK_IN, null, null, CHECK_IN))),
                    new LogDay(
                            LocalDate.of(2019, 6, 15), List.of(new LogEntry(Kind.SESSION, RUN_IN_2019, null, null)))),
            LocalDate.of(2019, 6, 15),
            LocalDate.of(2026, 3, 8));

    @Autowired
    MockMvc mvc;

    @Autowired
    WholeLogService log;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void inKilometres() {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.KM);
        given(log.firstDay(ME)).willReturn(Optional.of(LocalDate.of(2019, 6, 15)));
        given(log.page(eq(ME), any(), any(), any())).willReturn(PAGE);
    }

    @Test
    void listsEachDayInWordsWithItsEntriesAndTheirEditLinks() throws Exception {
        String html = page("/log/all");

        assertThat(html)
                .contains("<title>Your whole log – Reload</title>")
                .contains(">Sunday 8 March<")
                .contains(">Saturday 15 June 2019<")
                .contains("8.1 km")
                .contains("41 min")
                .contains("pain not rated yet")
                .contains("Imported from export.zip: activities/812.fit.gz")
                .contains("45 min")
                .contains("pain 1 during, 0 after")
                .contains("pain 2 during, after not rated yet")
                .contains("Logged by hand")
                .contains("Split squat")
                .contains("3 × 8 at 10 kg, pain 2")
                .contains("pain 1 on waking, stiffness 2")
                .contains("href=\"/log/sessions/11/edit\"")
                .contains("href=\"/log/sessions/12/edit\"")
                .contains("href=\"/log/strength/21/edit\"")
                .contains("href=\"/log/checkins/31/edit\"")
                .doesNotContain(">SPLIT_SQUAT")
                .doesNotContain("2026-03-08<");
        assertThat(html.indexOf("Sunday 8 March")).isLessThan(html.indexOf("Saturday 15 June 2019"));
        then(log).should().page(ME, LogFilter.EVERYTHING, null, null);
    }

    @Test
    void olderAndNewerLinksKeepTheFilters() throws Exception {
        String html = page("/log/all?activity=RUN&source=IMPORTED&before=2026-04-01");

        assertThat(html)
                .contains("href=\"/log/all?activity=RUN&amp;source=IMPORTED&amp;before=2019-06-15\"")
                .contains("href=\"/log/all?activity=RUN&amp;source=IMPORTED&amp;after=2026-03-08\"")
                .contains("The days before Wednesday 1 April 2026")
                .contains("<option value=\"RUN\" selected=\"selected\">Running</option>")
                .contains("<option value=\"IMPORTED\" selected=\"selected\">Imported from files</option>");
        then(log)
                .should()
                .page(ME, new LogFilter(Activity.RUN, LogSource.IMPORTED, null), LocalDate.of(2026, 4, 1), null);
    }

    @Test
    void aMonthAndAYearGoBackToTheDaysBeforeTheNextMonth() throws Exception {
        String html = page("/log/all?month=6&year=2019&after=2026-01-01");

        then(log).should().page(ME, LogFilter.EVERYTHING, LocalDate.of(2019, 7, 1), null);
        assertThat(html)
                .contains("<option value=\"2019\" selected=\"selected\">2019</option>")
                .contains("<option value=\"6\" selected=\"selected\">June</option>")
                .contains("June 2019 and earlier")
                .contains("Back to the newest days");
    }

    @Test
    void aYearAloneGoesBackToItsLastDay() throws Exception {
        assertThat(page("/log/all?year=2021")).contains("2021 and earlier");

        then(log).should().page(ME, LogFilter.EVERYTHING, LocalDate.of(2022, 1, 1), null);
    }

    @Test
    void theYearsToChooseReachBackToTheFirstEntry() throws Exception {
        assertThat(page("/log/all"))
                .contains("<option value=\"2026\">2026</option>")
                .contains("<option value=\"2019\">2019</option>")
                .doesNotContain("<option value=\"2018\">");
    }

    @Test
    void aMonthWithoutAYearAsksForTheYearAndShowsTheNewestDays() throws Exception {
        String html = page("/log/all?month=6");

        assertThat(html).contains("id=\"filter-year-errors\"").contains("Choose the year of that month as well.");
        then(log).should().page(ME, LogFilter.EVERYTHING, null, null);
    }

    @Test
    void anUnknownActivityIsNamedOnItsFieldAndEveryActivityShows() throws Exception {
        String html = page("/log/all?activity=SKIING&year=1066");

        assertThat(html)
                .contains("id=\"filter-activity-errors\"")
                .contains("id=\"filter-year-errors\"")
                .contains("Choose a year from the list.");
        then(log).should().page(eq(ME), eq(LogFilter.EVERYTHING), isNull(), isNull());
    }

    @Test
    void anImportsSessionsAreShownWithAWayBackToEverything() throws Exception {
        String html = page("/log/all?importId=7&source=LOGGED");

        assertThat(html)
                .contains("Showing the sessions one import brought in.")
                .contains("name=\"importId\" value=\"7\"")
                .contains("Imported sessions are never logged by hand");
        then(log).should().page(ME, new LogFilter(null, null, 7L), null, null);
    }

    @Test
    void anEmptyLogSaysHowToStart() throws Exception {
        given(log.page(eq(ME), any(), any(), any())).willReturn(new LogPage(List.of(), null, null));

        assertThat(page("/log/all"))
                .contains("Nothing logged or imported yet.")
                .doesNotContain("Older days")
                .doesNotContain("Newer days");
    }

    @Test
    void theLogPageLinksToTheWholeLog() throws Exception {
        assertThat(page("/log")).contains("href=\"/log/all\"");
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
