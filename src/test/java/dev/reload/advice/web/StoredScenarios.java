package dev.reload.advice.web;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.support.ApiAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A preview scenario stored through the API for a new account: its plan (with the pain onset and
 * assessment), screening, sessions, check-ins and strength, so that the stored advice can be set
 * beside the preview's.
 */
final class StoredScenarios {

    private StoredScenarios() {}

    /** Registers a new account, stores the scenario's request for it, and answers its token. */
    static String store(MockMvc mvc, JsonNode request) throws Exception {
        String token = ApiAccounts.newToken(mvc);
        ObjectNode plan = ((ObjectNode) request.get("plan")).deepCopy();
        copyIfPresent(request, plan, "painOnset");
        copyIfPresent(request, plan, "assessment");
        send(mvc, token, "/api/v1/plans", plan);
        if (request.has("screening") && !request.get("screening").isNull()) {
            send(mvc, token, "/api/v1/screenings", request.get("screening"));
        }
        for (String list : new String[] {"sessions", "checkins", "strength"}) {
            if (request.has(list)) {
                for (JsonNode item : request.get(list)) {
                    send(mvc, token, "/api/v1/" + list, item);
                }
            }
        }
        return token;
    }

    /** {@code GET /api/v1/advice} of the token's account on the request's {@code asOf}. */
    static JsonNode storedAdvice(MockMvc mvc, String token, JsonNode request) throws Exception {
        return json(
                mvc.perform(get("/api/v1/advice")
                                .param("asOf", request.get("asOf").asString())
                                .header("Authorization", "Bearer " + token))
                        .andReturn(),
                200);
    }

    /** {@code POST /api/v1/advice/preview} of the request. */
    static JsonNode preview(MockMvc mvc, JsonNode request) throws Exception {
        return json(
                mvc.perform(post("/api/v1/advice/preview")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(request.toString()))
                        .andReturn(),
                200);
    }

    static JsonNode json(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return AdviceScenarios.JSON.readTree(result.getResponse().getContentAsString());
    }

    private static void send(MockMvc mvc, String token, String path, JsonNode body) throws Exception {
        MvcResult result = mvc.perform(post(path)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("%s %s: %s", path, body, result.getResponse().getContentAsString())
                .isEqualTo(201);
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
        if (from.has(field) && !from.get(field).isNull()) {
            to.set(field, from.get(field));
        }
    }
}
