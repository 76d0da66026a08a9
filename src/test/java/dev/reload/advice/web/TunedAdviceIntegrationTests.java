package dev.reload.advice.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.reload.account.AccountId;
import dev.reload.advice.AdviceScenarios;
import dev.reload.advice.AdviceScenarios.Scenario;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Programme;
import dev.reload.plan.PlanTuning;
import dev.reload.plan.ProposedKnobs;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Tuned plans are still one adviser with the preview (issue 13, point 3): for every scenario, the
 * plan and log stored through the API and its knobs changed (every knob away from its default, a
 * smaller choice of exercises), {@code GET /api/v1/advice} answers exactly what the preview answers
 * for the same plan, log and knobs — and not what it answered before the change.
 */
@ApplicationTest
class TunedAdviceIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PlanTuning tuning;

    @Autowired
    private ExerciseLibrary library;

    static Stream<Scenario> scenarios() {
        return AdviceScenarios.all().stream().filter(s -> !s.request().has("knobs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void storedAdviceWithChangedKnobsEqualsThePreviewWithTheSameKnobs(Scenario scenario) throws Exception {
        ObjectNode request = ((ObjectNode) scenario.request()).deepCopy();
        String token = StoredScenarios.store(mvc, request);
        JsonNode untuned = StoredScenarios.storedAdvice(mvc, token, request);

        int sessionsPerWeek =
                Math.min(14, request.get("plan").get("sessionsPerWeek").asInt() + 1);
        Programme programme = library.programmeFor(
                Condition.valueOf(request.get("plan").get("condition").asString()));
        List<String> chosen = choice(programme);
        AccountId owner = new AccountId(((Number) JsonPath.read(
                        StoredScenarios.json(
                                        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                                                .andReturn(),
                                        200)
                                .toString(),
                        "$.id"))
                .longValue());
        tuning.change(
                owner,
                owner,
                new ProposedKnobs(
                        new BigDecimal("7.5"),
                        sessionsPerWeek,
                        5,
                        3,
                        new BigDecimal("62.5"),
                        new BigDecimal("5"),
                        new BigDecimal("12"),
                        chosen));

        ObjectNode previewPlan = (ObjectNode) request.get("plan");
        previewPlan.put("progressionPercent", 7.5);
        previewPlan.put("sessionsPerWeek", sessionsPerWeek);
        ObjectNode knobs = request.putObject("knobs");
        knobs.put("stopPain", 5);
        knobs.put("deloadEveryWeeks", 3);
        knobs.put("deloadPercent", 62.5);
        knobs.put("strengthProgressPercent", 5);
        knobs.put("strengthRegressPercent", 12);
        ArrayNode exercises = knobs.putArray("exercises");
        chosen.forEach(exercises::add);

        JsonNode stored = StoredScenarios.storedAdvice(mvc, token, request);
        JsonNode preview = StoredScenarios.preview(mvc, request);

        assertThat(stored).isEqualTo(preview);
        assertThat(stored).as("the changed knobs are used").isNotEqualTo(untuned);
    }

    /** The first exercise of each stage, or of a programme without stages its first two. */
    private static List<String> choice(Programme programme) {
        if (programme.stages().isEmpty()) {
            return programme.exercises().subList(0, 2);
        }
        return programme.stages().stream()
                .map(s -> s.exercises().get(0))
                .distinct()
                .toList();
    }
}
