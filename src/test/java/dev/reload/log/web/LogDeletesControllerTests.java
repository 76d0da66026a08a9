package dev.reload.log.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInService.DayTaken;
import dev.reload.log.CheckInView;
import dev.reload.log.LogDay;
import dev.reload.log.LogEntry;
import dev.reload.log.LogEntry.Kind;
import dev.reload.log.LogPage;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.log.ShoeService;
import dev.reload.log.ShoeView;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.log.WholeLogService;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.NotFoundException;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting in the browser and undoing it: a delete goes back to the page it came from with what
 * was deleted in words and an Undo form (CSRF, no JavaScript); Undo says what came back, or why
 * nothing could; a page to go back to is only ever one of the log's own.
 */
@WebSliceTest
class LogDeletesControllerTests {

    static final SessionView RUN = new SessionView(
            5,
            LocalDate.of(2026, 3, 9),
            Activity.RUN,
            new BigDecimal("8.05"),
            VolumeUnit.KM,
            2700,
            new BigDecimal("8.05"),
            4,
            2,
            1,
            "MANUAL",
            "trail",
            null,
            null,
            null);

    static final SessionView SWIM_LAST_YEAR = new SessionView(
            8,
            LocalDate.of(2025, 12, 30),
            Activity.SWIM,
            new BigDecimal("40.00"),
            VolumeUnit.MINUTES,
            2400,
            null,
            3,
            0,
            0,
            "MANUAL",
            null,
            null,
            null,
            null);

    static final CheckInView CHECK_IN = new CheckInView(6, LocalDate.of(2026, 3, 10), 1, 3, null, null, null);

    static final StrengthView SQUATS =
            new StrengthView(7, LocalDate.of(2026, 3, 9), "SPLIT_SQUAT", 3, 10, new BigDecimal("12.5"), null, null, 2);

    static final ShoeView TRAIL_SHOES =
            new ShoeView(9, "Trail 3", LocalDate.of(2026, 1, 1), BigDecimal.ZERO, null, new BigDecimal("42"));

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionService sessions;

    @Autowired
    CheckInService checkIns;

    @Autowired
    StrengthService strength;

    @Autowired
    ShoeService shoes;

    @Autowired
    WholeLogService log;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void inKilometres() {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.KM);
    }

    @Test
    void aDeleteGoesBackToTheLogOfferingToUndoItInWords() throws Exception {
        given(sessions.delete(ME, 5)).willReturn(RUN);

        mvc.perform(post("/log/sessions/5/delete").with(signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute(
                                LogDeletesController.UNDO,
                                new UndoOffer("/log/sessions/5/undo", "Running, 8.05 km, on Monday 9 March", "/log")));
    }

    @Test
    void eachKindIsSaidInWordsInThePersonsUnit() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(sessions.delete(ME, 5)).willReturn(RUN);
        given(sessions.delete(ME, 8)).willReturn(SWIM_LAST_YEAR);
        given(checkIns.delete(ME, 6)).willReturn(CHECK_IN);
        given(strength.delete(ME, 7)).willReturn(SQUATS);
        given(shoes.delete(ME, 9)).willReturn(TRAIL_SHOES);

        assertThat(deleted("sessions", 5)).isEqualTo("Running, 5 mi, on Monday 9 March");
        assertThat(deleted("sessions", 8)).isEqualTo("Swimming or pool running, 40 min, on Tuesday 30 December 2025");
        assertThat(deleted("checkins", 6)).isEqualTo("the morning check-in of Tuesday 10 March");
        assertThat(deleted("strength", 7)).isEqualTo("Split squat, 3 × 10, on Monday 9 March");
        assertThat(deleted("shoes", 9)).isEqualTo("the shoes Trail 3");
    }

    @Test
    void theLogShowsTheDeletionWithAnUndoFormThatCarriesItsToken() throws Exception {
        String html = mvc.perform(get("/log")
                        .with(signedIn())
                        .flashAttr(
                                LogDeletesController.UNDO,
                                new UndoOffer("/log/sessions/5/undo", "Running, 8.05 km, on Monday 9 March", "/log")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("role=\"status\" data-testid=\"undo\"")
                .contains("Deleted: Running, 8.05 km, on Monday 9 March.")
                .contains("action=\"/log/sessions/5/undo\" method=\"post\"")
                .contains("name=\"_csrf\"")
                .contains("name=\"returnTo\" value=\"/log\"")
                .contains(">Undo</button>");
    }

    @Test
    void withoutADeletionNoPageOffersToUndo() throws Exception {
        assertThat(mvc.perform(get("/log").with(signedIn()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("data-testid=\"undo")
                .doesNotContain("Deleted:");
    }

    @Test
    void undoSaysWhatCameBack() throws Exception {
        given(strength.restore(ME, 7)).willReturn(SQUATS);

        mvc.perform(post("/log/strength/7/undo").with(signedIn()).with(csrf()).param("returnTo", "/log"))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute(LogDeletesController.RESTORED, "Split squat, 3 × 10, on Monday 9 March"));

        String html = mvc.perform(get("/log")
                        .with(signedIn())
                        .flashAttr(LogDeletesController.RESTORED, "Split squat, 3 × 10, on Monday 9 March"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Restored: Split squat, 3 × 10, on Monday 9 March.");
    }

    @Test
    void undoOfSomethingNoLongerInTheTrashSaysSoAndChangesNothing() throws Exception {
        given(sessions.restore(ME, 5)).willThrow(new NotFoundException("not in the trash"));

        mvc.perform(post("/log/sessions/5/undo").with(signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute(
                                LogDeletesController.UNDO_PROBLEM,
                                "Nothing to put back: that entry has been restored already, or it was deleted more"
                                        + " than 24 hours ago."))
                .andExpect(flash().attributeCount(1));
    }

    @Test
    void undoOfACheckInWhoseDayHasAnotherNamesTheDayAndOffersUndoAgain() throws Exception {
        given(checkIns.restore(ME, 6)).willThrow(new DayTaken(LocalDate.of(2026, 3, 10)));

        mvc.perform(post("/log/checkins/6/undo").with(signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute(
                                LogDeletesController.UNDO_PROBLEM,
                                "Tuesday 10 March has another morning check-in now, so the deleted one was not put"
                                        + " back. Change that one instead, or delete it and then undo again."))
                .andExpect(flash().attribute(
                                LogDeletesController.UNDO,
                                new UndoOffer(
                                        "/log/checkins/6/undo", "the morning check-in of Tuesday 10 March", "/log")));
    }

    @Test
    void aDeleteFromTheWholeLogGoesBackToTheSamePageOfIt() throws Exception {
        given(strength.delete(ME, 7)).willReturn(SQUATS);
        given(strength.restore(ME, 7)).willReturn(SQUATS);
        String page = "/log/all?activity=RUN&source=IMPORTED&before=2026-03-01";

        mvc.perform(post("/log/strength/7/delete").with(signedIn()).with(csrf()).param("returnTo", page))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(
                                LogDeletesController.UNDO,
                                new UndoOffer("/log/strength/7/undo", "Split squat, 3 × 10, on Monday 9 March", page)));
        mvc.perform(post("/log/strength/7/undo").with(signedIn()).with(csrf()).param("returnTo", page))
                .andExpect(redirectedUrl(page));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/log/all",
                "//example.org/log/all",
                "/log/all/../../admin",
                "/log/allx",
                "/today",
                "/log/all?x=<script>",
                "/log/all\r\nSet-Cookie: a=b"
            })
    void aPageToGoBackToThatIsNotTheWholeLogGoesToTheLog(String returnTo) throws Exception {
        given(sessions.delete(ME, 5)).willReturn(RUN);

        mvc.perform(post("/log/sessions/5/delete").with(signedIn()).with(csrf()).param("returnTo", returnTo))
                .andExpect(redirectedUrl("/log"));
    }

    @Test
    void shoesGoBackToTheShoesPageWhichOffersToUndo() throws Exception {
        given(shoes.delete(ME, 9)).willReturn(TRAIL_SHOES);
        given(shoes.all(ME)).willReturn(List.of());

        mvc.perform(post("/log/shoes/9/delete").with(signedIn()).with(csrf()).param("returnTo", "/log/all"))
                .andExpect(redirectedUrl("/log/shoes"));
        String html = mvc.perform(get("/log/shoes")
                        .with(signedIn())
                        .flashAttr(
                                LogDeletesController.UNDO,
                                new UndoOffer("/log/shoes/9/undo", "the shoes Trail 3", "/log/shoes")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Deleted: the shoes Trail 3.").contains("action=\"/log/shoes/9/undo\"");
    }

    @Test
    void theWholeLogAndTheEditPageHaveDeleteFormsThatComeBackToThem() throws Exception {
        given(log.firstDay(ME)).willReturn(Optional.of(LocalDate.of(2026, 3, 9)));
        given(log.page(eq(ME), any(), any(), any()))
                .willReturn(new LogPage(
                        List.of(new LogDay(
                                LocalDate.of(2026, 3, 9), List.of(new LogEntry(Kind.STRENGTH, null, SQUATS, null)))),
                        null,
                        null));
        given(sessions.find(ME, 5)).willReturn(RUN);

        String whole = mvc.perform(
                        get("/log/all?activity=RUN&before=2026-03-10").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(whole)
                .contains("action=\"/log/strength/7/delete\" method=\"post\"")
                .contains("name=\"returnTo\" value=\"/log/all?activity=RUN&amp;before=2026-03-10\"")
                .contains("<span class=\"visually-hidden\">: Split squat, Monday 9 March 2026</span></button>");

        String edit = mvc.perform(get("/log/sessions/5/edit").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit)
                .contains("action=\"/log/sessions/5/delete\" method=\"post\"")
                .contains(">Delete this entry<");
    }

    @Test
    void anUnknownKindIsNotFoundAndNothingIsRestored() throws Exception {
        mvc.perform(post("/log/meals/3/undo").with(signedIn()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/log/meals/3/delete").with(signedIn()).with(csrf())).andExpect(status().isNotFound());
        then(sessions).should(never()).restore(any(), anyLong());
    }

    @Test
    void deletingAndUndoingNeedTheFormsToken() throws Exception {
        mvc.perform(post("/log/sessions/5/delete").with(signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/log/sessions/5/undo").with(signedIn())).andExpect(status().isForbidden());
        then(sessions).should(never()).delete(any(), anyLong());
        then(sessions).should(never()).restore(any(), anyLong());
    }

    /** What a delete of this entry offers to undo, in words. */
    private String deleted(String kind, long id) throws Exception {
        UndoOffer offer = (UndoOffer) mvc.perform(post("/log/" + kind + "/" + id + "/delete")
                        .with(signedIn())
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get(LogDeletesController.UNDO);
        return offer.what();
    }
}
