package dev.reload.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.Administrators;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The health endpoint and its two probes (docs/operations.md): liveness says the process works,
 * readiness that the database answers and the import worker takes work. Strangers read the status
 * alone; administrators read what it is made of.
 */
@ApplicationTest
class HealthProbesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @ParameterizedTest(name = "{0} answers its status, and nothing more, to anyone")
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void theProbesAnswerTheirStatusAloneToAStranger(String path) throws Exception {
        MvcResult answer = mvc.perform(get(path)).andReturn();
        assertThat(answer.getResponse().getStatus())
                .as(answer.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(answer.getResponse().getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theHealthAnswersItsStatusAndTheProbesNamesAloneToAStranger() throws Exception {
        MvcResult answer = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentAsString())
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void aStrangerReadsNoSingleComponent() throws Exception {
        for (String path :
                new String[] {"/actuator/health/db", "/actuator/health/imports", "/actuator/health/diskSpace"}) {
            MvcResult answer = mvc.perform(get(path)).andReturn();
            assertThat(answer.getResponse().getContentAsString())
                    .as(path)
                    .doesNotContain("database", "running", "free", "H2");
        }
    }

    @Test
    void readinessIsTheDatabaseAndTheImportWorkerAsAnAdministratorSeesIt() throws Exception {
        Administrators admin = Administrators.newOne(mvc, jdbc);
        String readiness = admin.browser()
                .perform(get("/actuator/health/readiness"))
                .getResponse()
                .getContentAsString();
        assertThat(readiness)
                .contains("\"readinessState\":{\"status\":\"UP\"}")
                .contains("\"db\":{\"details\":{\"database\":\"H2\"")
                .containsPattern("\"imports\":\\{\"details\":\\{\"running\":\\d+,\"waiting\":\\d+},\"status\":\"UP\"}")
                .endsWith("\"status\":\"UP\"}")
                .doesNotContain("livenessState", "diskSpace");
    }

    @Test
    void livenessIsTheProcessAloneNeverTheDatabase() throws Exception {
        Administrators admin = Administrators.newOne(mvc, jdbc);
        String liveness = admin.browser()
                .perform(get("/actuator/health/liveness"))
                .getResponse()
                .getContentAsString();
        assertThat(liveness)
                .contains("\"livenessState\":{\"status\":\"UP\"}")
                .doesNotContain("\"db\"", "imports", "readinessState");
    }

    @Test
    void theWholeHealthAsAnAdministratorSeesItHoldsEveryComponent() throws Exception {
        Administrators admin = Administrators.newOne(mvc, jdbc);
        String health =
                admin.browser().perform(get("/actuator/health")).getResponse().getContentAsString();
        assertThat(health)
                .endsWith("\"status\":\"UP\"}")
                .contains("\"db\":", "\"imports\":", "\"diskSpace\":", "\"livenessState\":", "\"readinessState\":");
    }
}
