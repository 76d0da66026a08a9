package dev.reload.advice.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.advice.AdviceScenarios.Scenario;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
        String token = ApiAccounts.newToken(mvc);

        ObjectNode plan = ((ObjectNode) request.get("plan")).deepCopy();
        copyIfPresent(request, plan, "painOnset");
        copyIfPresent(request, plan, "assessment");
        send(token, "/api/v1/plans", plan);
        if (request.has("screening") && !request.get("screening").isNull()) {
            send(token, "/api/v1/screenings", request.get("screening"));
        }
        for (String list : new String[] {"sessions", "checkins", "strength"}) {
            if (request.has(list)) {
                for (JsonNode item : request.get(list)) {
                    send(token, "/api/v1/" + list, item);
                }
            }
        }

        JsonNode stored = json(
                mvc.perform(get("/api/v1/advice")
                                .param("asOf", request.get("asOf").asString())
                                .header("Authorization", "Bearer " + token))
                        .andReturn(),
                200);
        JsonNode preview = json(
                mvc.perform(post("/api/v1/advice/preview")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(request.toString()))
                        .andReturn(),
                200);

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

    private void send(String token, String path, JsonNode body) throws Exception {
        MvcResult result = mvc.perform(post(path)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("%s %s: %s", path, body, result.getResponse().getContentAsString())
                .isEqualTo(201);
    }

    private static JsonNode json(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return AdviceScenarios.JSON.readTree(result.getResponse().getContentAsString());
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
        if (from.has(field) && !from.get(field).isNull()) {
            to.set(field, from.get(field));
        }
    }
}
