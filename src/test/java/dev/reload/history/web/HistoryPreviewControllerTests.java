package dev.reload.history.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/history/preview with rules.md R6's worked numbers, through HTTP. */
@WebSliceTest
class HistoryPreviewControllerTests {

    /** A Monday: the worked weeks are ISO weeks. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Autowired
    private MockMvc mvc;

    @Test
    void answersRulesWorkedMonotonyAndStrainAndFlagsTheMonotonousWeek() throws Exception {
        String body = "{\"painOnset\":\"2026-01-20\",\"sessions\":[" + week(MONDAY, 400, 0, 350, 0, 450, 300, 0) + ","
                + week(MONDAY.plusWeeks(1), 300, 300, 320, 300, 310, 300, 0) + "]}";
        mvc.perform(post("/api/v1/history/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks[0].start").value("2026-01-05"))
                .andExpect(jsonPath("$.weeks[0].activity").value("RUN"))
                .andExpect(jsonPath("$.weeks[0].volume").value(closeTo(1500.0, 1e-9)))
                .andExpect(jsonPath("$.weeks[0].monotony").value(closeTo(1.126, 0.0005)))
                .andExpect(jsonPath("$.weeks[0].strain").value(closeTo(1688.8, 0.05)))
                .andExpect(jsonPath("$.weeks[0].acwrEwma").value(nullValue()))
                .andExpect(jsonPath("$.weeks[1].monotony").value(closeTo(2.444, 0.0005)))
                .andExpect(jsonPath("$.weeks[1].strain").value(closeTo(4472.8, 0.05)))
                .andExpect(jsonPath("$.findings[*].rule").value(hasItem("R6.monotony")))
                .andExpect(jsonPath("$.findings[*].rule").value(hasItem("R6.weekly-jump")))
                .andExpect(
                        jsonPath("$.findings[?(@.rule == 'R6.monotony')].date").value(hasItem("2026-01-12")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'R6.weekly-jump')].evidence")
                        .isNotEmpty());
    }

    @Test
    void findsACyclingSpikeInsideAFlatTotalWhenTheFirstRideFellOnATuesday() throws Exception {
        StringBuilder sessions = new StringBuilder();
        double[] runs = {30, 20, 20};
        double[] rides = {10, 20, 20};
        for (int w = 0; w < 3; w++) {
            LocalDate monday = MONDAY.plusWeeks(w);
            sessions.append(w == 0 ? "" : ",")
                    .append("{\"date\":\"")
                    .append(monday)
                    .append("\",\"activity\":\"RUN\",\"volume\":")
                    .append(runs[w])
                    .append("},{\"date\":\"")
                    .append(monday.plusDays(1))
                    .append("\",\"activity\":\"CYCLE\",\"volume\":")
                    .append(rides[w])
                    .append("}");
        }
        mvc.perform(post("/api/v1/history/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessions\":[" + sessions + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.rule == 'R6.weekly-jump' && @.activity == 'CYCLE')].date")
                        .value(hasItem("2026-01-12")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'R6.two-week-spike' && @.activity == 'CYCLE')].date")
                        .value(hasItem("2026-01-19")))
                .andExpect(jsonPath("$.findings[?(@.activity == 'RUN')].rule")
                        .value(org.hamcrest.Matchers.not(hasItem("R6.weekly-jump"))));
    }

    @Test
    void aWeekWithoutVariationHasNoMonotony() throws Exception {
        String body = "{\"sessions\":[" + week(MONDAY, 5, 5, 5, 5, 5, 5, 5) + "]}";
        mvc.perform(post("/api/v1/history/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks[0].monotony").value(nullValue()))
                .andExpect(jsonPath("$.weeks[0].strain").value(nullValue()));
    }

    @Test
    void namesTheBadFields() throws Exception {
        mvc.perform(post("/api/v1/history/preview")
                        .with(malformedOnPurpose())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"sessions":[{"date":"2026-01-05","activity":"RUN","volume":-1},
                             {"date":"2026-01-06","activity":"RUN","volume":3,"rpe":11}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sessions[0].volume")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sessions[1].rpe")));
        mvc.perform(post("/api/v1/history/preview")
                        .with(malformedOnPurpose())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"sessions":[{"date":"2026-01-05","activity":"FLY","volume":1}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessions[0].activity"));
    }

    /** One session a day with a volume, rest days (0) left out. */
    private static String week(LocalDate monday, double... volumes) {
        List<String> sessions = new ArrayList<>();
        for (int d = 0; d < volumes.length; d++) {
            if (volumes[d] > 0) {
                sessions.add(
                        "{\"date\":\"" + monday.plusDays(d) + "\",\"activity\":\"RUN\",\"volume\":" + volumes[d] + "}");
            }
        }
        return String.join(",", sessions);
    }
}
