package dev.reload.exercises.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The exercise API in the OpenAPI document of the whole application. The pages and the API
 * themselves are checked in the web slice ({@link ExercisePagesControllerTests}, {@link
 * ExerciseApiControllerTests}).
 */
@ApplicationTest
class ExerciseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsDocumented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(docs).contains("/api/v1/exercises/{id}", "Every exercise of the library");
    }
}
