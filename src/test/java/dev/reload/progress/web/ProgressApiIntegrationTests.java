package dev.reload.progress.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** {@code GET /api/v1/progress}: the stored plan and log, charted, for the caller only. */
@ApplicationTest
class ProgressApiIntegrationTests {

    @Autowired
    private MockMvc mvc;

    private String owner;

    @BeforeEach
    void anAccount() throws Exception {
        owner = ApiAccounts.newToken(mvc);
    }

    @Test
    void withoutAPlanTheStateSaysSo() throws Exception {
        String json = body(send(owner, get("/api/v1/progress"), null, 200));

        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("NO_PLAN");
        assertThat((Object) JsonPath.read(json, "$.plan")).isNull();
        assertThat((List<?>) JsonPath.read(json, "$.volume")).isEmpty();
    }

    @Test
    void chartsTheStoredWeeksForTheCallerOnly() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusDays(8); // week 1 ended, today in week 2
        send(owner, post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0}""".formatted(start), 201);
        for (int day : new int[] {0, 2, 4}) {
            send(owner, post("/api/v1/sessions"), """
                    {"date":"%s","activity":"RUN","volume":3,"rpe":4,"painDuring":1,"painAfter":1}""".formatted(start.plusDays(day)), 201);
        }
        for (int day = 0; day <= 8; day++) {
            send(owner, post("/api/v1/checkins"), "{\"date\":\"" + start.plusDays(day) + "\",\"morningPain\":1}", 201);
        }
        String stranger = ApiAccounts.newToken(mvc);

        String json = body(send(owner, get("/api/v1/progress"), null, 200));

        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("READY");
        assertThat((Integer) JsonPath.read(json, "$.plan.currentWeek")).isEqualTo(2);
        assertThat((List<Double>) JsonPath.read(json, "$.volume[*].volume")).containsExactly(9.0, 0.0);
        assertThat((List<String>) JsonPath.read(json, "$.volume[*].light")).containsExactly("GREEN", null);
        assertThat(((Number) JsonPath.read(json, "$.volume[1].guardFrom")).doubleValue())
                .isEqualTo(9.0);
        assertThat((List<Integer>) JsonPath.read(json, "$.adherence[*].doneSessions"))
                .containsExactly(3, 0);
        assertThat((List<?>) JsonPath.read(json, "$.pain")).hasSize(9);
        assertThat((Integer) JsonPath.read(json, "$.pain[0].nextMorningPain")).isEqualTo(1);
        assertThat((String) JsonPath.read(body(send(stranger, get("/api/v1/progress"), null, 200)), "$.state"))
                .isEqualTo("NO_PLAN");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        send("not-a-token", get("/api/v1/progress"), null, 401);
    }

    private MvcResult send(String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        return ApiCalls.send(mvc, token, request, json, status);
    }
}
