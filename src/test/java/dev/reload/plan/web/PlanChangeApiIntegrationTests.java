package dev.reload.plan.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** PATCH /api/v1/plans/current: the day the pain began, added, changed, refused and removed. */
@ApplicationTest
class PlanChangeApiIntegrationTests {

    private static final String PLAN = """
            {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",
             "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""";

    @Autowired
    private MockMvc mvc;

    private String token;

    @BeforeEach
    void anAccount() throws Exception {
        token = ApiAccounts.newToken(mvc);
    }

    @Test
    void theDayThePainBeganCanBeAddedChangedAndRemoved() throws Exception {
        send(post("/api/v1/plans"), PLAN, 201);

        String changed = body(send(patch("/api/v1/plans/current"), "{\"painOnset\":\"2026-01-20\"}", 200));
        assertThat((String) JsonPath.read(changed, "$.painOnset")).isEqualTo("2026-01-20");
        assertThat((String) JsonPath.read(body(send(get("/api/v1/plans/current"), null, 200)), "$.painOnset"))
                .isEqualTo("2026-01-20");

        String removed = body(send(patch("/api/v1/plans/current"), "{\"painOnset\":null}", 200));
        assertThat((Object) JsonPath.read(removed, "$.painOnset")).isNull();
    }

    @Test
    void aDayAfterTodayOrBefore1900IsRefusedAndTheDayStoredStays() throws Exception {
        send(post("/api/v1/plans"), PLAN, 201);
        send(patch("/api/v1/plans/current"), "{\"painOnset\":\"2026-01-20\"}", 200);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        for (String day : new String[] {tomorrow, "1899-12-31"}) {
            MvcResult refused = send(patch("/api/v1/plans/current"), "{\"painOnset\":\"" + day + "\"}", 400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(body(refused), "$.errors[0].field"))
                    .isEqualTo("painOnset");
        }
        assertThat((String) JsonPath.read(body(send(get("/api/v1/plans/current"), null, 200)), "$.painOnset"))
                .isEqualTo("2026-01-20");
    }

    @Test
    void aChangeWithoutThePainOnsetKeyIsRefusedRatherThanTakenAsARemoval() throws Exception {
        send(post("/api/v1/plans"), PLAN, 201);
        send(patch("/api/v1/plans/current"), "{\"painOnset\":\"2026-01-20\"}", 200);

        MvcResult refused = send(patch("/api/v1/plans/current").with(malformedOnPurpose()), "{}", 400);
        assertThat((String) JsonPath.read(body(refused), "$.errors[0].field")).isEqualTo("painOnset");
        assertThat((String) JsonPath.read(body(refused), "$.errors[0].message")).isEqualTo("is required");
        assertThat((String) JsonPath.read(body(send(get("/api/v1/plans/current"), null, 200)), "$.painOnset"))
                .isEqualTo("2026-01-20");
    }

    @Test
    void withoutAPlanThereIsNothingToChange() throws Exception {
        send(patch("/api/v1/plans/current"), "{\"painOnset\":\"2026-01-20\"}", 404);
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String json, int status) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
