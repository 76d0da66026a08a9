package dev.reload.system.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

import dev.reload.log.SessionService;
import dev.reload.support.ApiContract;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The contract is enforced: an exchange the OpenAPI document does not describe fails the test
 * that made it, and the document says what the controllers answer (decision 0009).
 */
@WebSliceTest
class ApiContractTests {

    private static final String BAD_SESSION = """
            {"date":"2026-03-09","activity":"RUN","volume":4,"painDuring":11,"painAfter":2}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionService sessions;

    @Autowired
    ApiContract contract;

    @Test
    void anAnswerWithAStatusTheDocumentDoesNotListFailsTheTest() {
        given(sessions.find(eq(ME), anyLong())).willThrow(new ResponseStatusException(HttpStatus.CONFLICT));

        assertThatThrownBy(() -> mvc.perform(get("/api/v1/sessions/7").with(signedIn())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/sessions/7 → 409 breaks the OpenAPI document");
    }

    @Test
    void aRequestOutsideTheSchemaFailsUnlessTheTestSaysItIsMalformedOnPurpose() throws Exception {
        assertThatThrownBy(() -> mvc.perform(post("/api/v1/sessions")
                        .with(signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BAD_SESSION)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("painDuring");

        int status = mvc.perform(post("/api/v1/sessions")
                        .with(signedIn())
                        .with(malformedOnPurpose())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BAD_SESSION))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void aRequestWithoutTheTokenItNeedsIsMalformed() {
        assertThatThrownBy(() -> mvc.perform(get("/api/v1/sessions")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("security");
    }

    @Test
    void documentsCreatesAs201ErrorsAsProblemsAndTheStrengthPrescriptionWithoutADate() throws Exception {
        JsonNode document = new ObjectMapper().readTree(contract.document());

        assertThat(document.get("openapi").asText()).startsWith("3.0");
        JsonNode create = document.at("/paths/~1api~1v1~1sessions/post");
        assertThat(create.get("responses").fieldNames())
                .toIterable()
                .contains("201", "400", "401", "413", "500")
                .doesNotContain("200");
        assertThat(create.at("/responses/400/content/application~1problem+json/schema/$ref")
                        .asText())
                .endsWith("/Problem");
        assertThat(create.at("/security/0").has(OpenApiContract.BEARER)).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1imports/post/responses").has("202"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1v1~1tokens/post/responses").has("429"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1v1~1finder/post").has("security")).isFalse();

        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/AdviceResponse/properties/strength/items/allOf/0/$ref")
                        .asText())
                .endsWith("/StrengthAdvice");
        assertThat(schemas.at("/StrengthPrescription/properties").has("date")).isFalse();
        assertThat(schemas.at("/AdviceResponse/properties/nextWeek/nullable").asBoolean())
                .isTrue();
        assertThat(schemas.at("/SessionView/properties/rpe/nullable").asBoolean())
                .isTrue();
        assertThat(schemas.at("/SessionView/properties/id/nullable").asBoolean())
                .isFalse();
        assertThat(schemas.at("/SessionView/required").toString()).contains("\"rpe\"");
        assertThat(schemas.at("/SessionEntry/required").toString()).doesNotContain("\"rpe\"");
    }
}
