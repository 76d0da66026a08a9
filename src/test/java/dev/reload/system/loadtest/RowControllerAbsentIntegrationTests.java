package dev.reload.system.loadtest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without the {@code loadtest} profile the load test's bare endpoint does not exist, for anyone. */
@ApplicationTest
class RowControllerAbsentIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void isNotFoundForAVisitor() throws Exception {
        mvc.perform(get("/loadtest/row").param("id", "1")).andExpect(status().isNotFound());
    }

    @Test
    void isNotFoundForASignedInPerson() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.register("row", "Row Reader");

        assertThat(visitor.perform(get("/loadtest/row").param("id", "1"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
