package dev.reload.advice.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.advice.AdviceScenarios.Scenario;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The stored flow and the preview are one adviser: for every scenario, storing its plan and log
 * through the API and asking {@code GET /api/v1/advice} gives exactly the preview's answer.
 */
@ApplicationTest
class StoredAdviceIntegrationTests {

    @Autowired
    private MockMvc mvc;

    static Stream<Scenario> scenarios() {
        return AdviceScenarios.all().stream().filter(s -> !s.request().has("knobs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void storedAdviceEqualsThePreview(Scenario scenario) throws Exception {
        JsonNode request = scenario.request();
        String token = StoredScenarios.store(mvc, request);

        JsonNode stored = StoredScenarios.storedAdvice(mvc, token, request);
        JsonNode preview = StoredScenarios.preview(mvc, request);

        assertThat(stored).isEqualTo(preview);
        AdviceScenarios.assertMatches(scenario, stored);
    }

    @Test
    void answers404WithoutAPlan() throws Exception {
        MvcResult result = mvc.perform(
                        get("/api/v1/advice").header("Authorization", "Bearer " + ApiAccounts.newToken(mvc)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
