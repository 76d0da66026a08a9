package dev.reload.log.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.knee.Activity;
import dev.reload.log.LogFilter;
import dev.reload.log.LogSource;
import dev.reload.log.WholeLogService;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.InvalidFieldException;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/log}: days newest first, each entry with its kind, id, resource and item, the
 * next pages' addresses with the same filters, and 400 problem+json naming a bad parameter.
 */
@WebSliceTest
class WholeLogApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WholeLogService log;

    @BeforeEach
    void aPage() {
        given(log.page(eq(ME), any(), any(), any())).willReturn(WholeLogControllerTests.PAGE);
    }

    @Test
    void answersDaysNewestFirstWithEachEntryUnderItsKind() throws Exception {
        mvc.perform(get("/api/v1/log").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].date").value("2026-03-08"))
                .andExpect(jsonPath("$.days[0].entries[0].kind").value("SESSION"))
                .andExpect(jsonPath("$.days[0].entries[0].id").value(11))
                .andExpect(jsonPath("$.days[0].entries[0].href").value("/api/v1/sessions/11"))
                .andExpect(jsonPath("$.days[0].entries[0].session.distanceKm").value(8.12))
                .andExpect(jsonPath("$.days[0].entries[0].session.source").value("export.zip: activities/812.fit.gz"))
                .andExpect(jsonPath("$.days[0].entries[0].strength").doesNotExist())
                .andExpect(jsonPath("$.days[0].entries[2].kind").value("STRENGTH"))
                .andExpect(jsonPath("$.days[0].entries[2].href").value("/api/v1/strength/21"))
                .andExpect(jsonPath("$.days[0].entries[2].strength.exercise").value("SPLIT_SQUAT"))
                .andExpect(jsonPath("$.days[0].entries[3].kind").value("CHECK_IN"))
                .andExpect(jsonPath("$.days[0].entries[3].href").value("/api/v1/checkins/31"))
                .andExpect(jsonPath("$.days[0].entries[3].checkIn.morningPain").value(1))
                .andExpect(jsonPath("$.days[1].date").value("2019-06-15"))
                .andExpect(jsonPath("$.older").value("/api/v1/log?before=2019-06-15"))
                .andExpect(jsonPath("$.newer").value("/api/v1/log?after=2026-03-08"));
        then(log).should().page(ME, LogFilter.EVERYTHING, null, null);
    }

    @Test
    void theNextPagesKeepTheFilters() throws Exception {
        mvc.perform(get("/api/v1/log")
                        .param("activity", "RUN")
                        .param("source", "IMPORTED")
                        .param("importId", "7")
                        .param("before", "2026-04-01")
                        .with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.older")
                        .value("/api/v1/log?activity=RUN&source=IMPORTED&importId=7&before=2019-06-15"))
                .andExpect(jsonPath("$.newer")
                        .value("/api/v1/log?activity=RUN&source=IMPORTED&importId=7&after=2026-03-08"));
        then(log)
                .should()
                .page(ME, new LogFilter(Activity.RUN, LogSource.IMPORTED, 7L), LocalDate.of(2026, 4, 1), null);
    }

    @Test
    void anUnknownActivityIsABadRequestNamingIt() throws Exception {
        badRequestNaming("activity", "SKIING");
    }

    @Test
    void anUnknownSourceIsABadRequestNamingIt() throws Exception {
        badRequestNaming("source", "WATCH");
    }

    @Test
    void aDateThatIsNotOneIsABadRequestNamingIt() throws Exception {
        badRequestNaming("before", "June 2021");
        badRequestNaming("after", "2021-13-01");
    }

    @Test
    void anImportThatIsNotANumberIsABadRequestNamingIt() throws Exception {
        badRequestNaming("importId", "latest");
    }

    @Test
    void anImportAmongEntriesLoggedByHandIsABadRequestNamingTheImport() throws Exception {
        mvc.perform(get("/api/v1/log")
                        .param("source", "LOGGED")
                        .param("importId", "7")
                        .with(signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("importId"));
        then(log).should(never()).page(any(), any(), any(), any());
    }

    @Test
    void beforeWithAfterIsABadRequestNamingAfter() throws Exception {
        given(log.page(ME, LogFilter.EVERYTHING, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
                .willThrow(new InvalidFieldException("after", "cannot be combined with before"));

        mvc.perform(get("/api/v1/log")
                        .param("before", "2026-01-01")
                        .param("after", "2025-01-01")
                        .with(signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    private void badRequestNaming(String parameter, String value) throws Exception {
        mvc.perform(get("/api/v1/log").param(parameter, value).with(signedIn()).with(malformedOnPurpose()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
