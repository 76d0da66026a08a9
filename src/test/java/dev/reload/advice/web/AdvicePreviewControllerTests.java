package dev.reload.advice.web;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.advice.AdviceScenarios.Scenario;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The scenarios (the spec's worked examples first) through {@code POST /api/v1/advice/preview}: the
 * request mapped, the real engine, the answer written. That the preview needs no account and keeps
 * no session is {@code AdvicePreviewIntegrationTests}.
 */
@WebSliceTest
class AdvicePreviewControllerTests {

    @Autowired
    MockMvc mvc;

    static List<Scenario> scenarios() {
        return AdviceScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void answersEachScenarioAsExpected(Scenario scenario) throws Exception {
        MvcResult result = mvc.perform(post(AdvicePreviewController.PATH)
                        .with(csrf())
                        .with(user("preview"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(scenario.request().toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode answer = AdviceScenarios.JSON.readTree(result.getResponse().getContentAsString());
        AdviceScenarios.assertMatches(scenario, answer);
    }

    @org.junit.jupiter.api.Test
    void writesNumbersAsTheWorkedExamplesDo() throws Exception {
        for (String name : List.of("progress-minutes", "backoff-without-green-week", "settle-gate-not-yet")) {
            Scenario example = AdviceScenarios.load("classpath*:advice/examples/" + name + ".json")
                    .get(0);
            String body = mvc.perform(post(AdvicePreviewController.PATH)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(example.request().toString()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode nextWeek = AdviceScenarios.JSON.readTree(body).get("nextWeek");
            assertThat(nextWeek).as(name).isEqualTo(example.expected().get("nextWeek"));
        }
    }
}
