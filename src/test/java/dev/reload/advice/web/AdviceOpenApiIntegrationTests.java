package dev.reload.advice.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document describes the advice preview with the worked examples as request examples. */
@ApplicationTest
class AdviceOpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void documentsThePreviewWithTheWorkedExamples() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user("reader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode doc = AdviceScenarios.JSON.readTree(body);
        JsonNode post = doc.at("/paths/~1api~1v1~1advice~1preview/post");
        assertThat(post.isMissingNode()).as(body).isFalse();
        JsonNode examples = post.at("/requestBody/content/application~1json/examples");
        assertThat(examples.propertyNames())
                .contains("progress-minutes", "backoff-without-green-week", "settle-gate-not-yet");
        assertThat(examples.at("/progress-minutes/value/plan/targetActivity").asString())
                .isEqualTo("HIKE");
        assertThat(post.at("/responses/200").isMissingNode()).isFalse();
        JsonNode schemas = doc.at("/components/schemas");
        assertThat(schemas.propertyNames()).contains("AdvicePreviewRequest", "AdviceResponse");
        JsonNode nextSession = schemas.at("/AdviceResponse/properties/nextSession");
        assertThat(nextSession.isMissingNode())
                .as("nextSession in %s", schemas.at("/AdviceResponse"))
                .isFalse();
        assertThat(nextSession.toString()).contains("weekDose").contains("doneThisWeek");
    }
}
