package dev.reload.advice.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.advice.AdviceScenarios;
import dev.reload.advice.AdviceScenarios.Scenario;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The advice preview on the whole application: it needs no account and keeps no session (no
 * cookie). What it answers is {@link AdvicePreviewControllerTests}.
 */
@ApplicationTest
class AdvicePreviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @org.junit.jupiter.api.Test
    void needsNoAccountAndStoresNothing() throws Exception {
        Scenario example = AdviceScenarios.load("classpath*:advice/examples/progress-minutes.json")
                .get(0);
        MvcResult result = mvc.perform(post(AdvicePreviewController.PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(example.request().toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }
}
