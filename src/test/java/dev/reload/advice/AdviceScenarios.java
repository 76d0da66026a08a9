package dev.reload.advice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advice scenarios: JSON files of a preview {@code request}, the {@code expected} answer and
 * {@code why}, under {@code advice/examples/} (the spec's worked examples) and
 * {@code advice/scenarios/} (ours). Every field of {@code expected} must match exactly (numbers
 * by value); {@code findingsInclude} lists rule ids that must be among the findings. Reusable by
 * any test that answers the same shape (e.g. the stored-plan GET /api/v1/advice).
 */
public final class AdviceScenarios {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scenario file. */
    public record Scenario(String name, JsonNode request, JsonNode expected, String why) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every scenario on the class path, worked examples first, each group by file name. */
    public static List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.addAll(load("classpath*:advice/examples/*.json"));
        scenarios.addAll(load("classpath*:advice/scenarios/*.json"));
        return scenarios;
    }

    public static List<Scenario> load(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<Scenario> scenarios = new ArrayList<>();
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    JsonNode node = JSON.readTree(in);
                    String name = r.getFilename().replace(".json", "");
                    scenarios.add(new Scenario(
                            name,
                            node.get("request"),
                            node.get("expected"),
                            node.has("why") ? node.get("why").asString() : ""));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} (a preview answer) matches the scenario's {@code expected}. */
    public static void assertMatches(Scenario scenario, JsonNode actual) {
        for (Map.Entry<String, JsonNode> e : scenario.expected().properties()) {
            String field = e.getKey();
            if (field.equals("findingsInclude")) {
                Set<String> rules = new HashSet<>();
                actual.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
                List<String> wanted = new ArrayList<>();
                e.getValue().forEach(r -> wanted.add(r.asString()));
                assertThat(rules).as("%s: finding rule ids", scenario.name()).containsAll(wanted);
            } else {
                assertThat(actual.has(field))
                        .as("%s: field %s present", scenario.name(), field)
                        .isTrue();
                assertEqual(scenario.name() + ": " + field, e.getValue(), actual.get(field));
            }
        }
    }

    /** Deep equality with numbers compared by value (95 equals 95.0). */
    public static void assertEqual(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber())
                    .as("%s is a number, was %s", path, actual)
                    .isTrue();
            assertThat(new BigDecimal(actual.asString()).compareTo(new BigDecimal(expected.asString())))
                    .as("%s: expected %s, was %s", path, expected, actual)
                    .isZero();
        } else if (expected.isObject()) {
            assertThat(actual.isObject())
                    .as("%s is an object, was %s", path, actual)
                    .isTrue();
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                assertThat(actual.has(e.getKey()))
                        .as("%s.%s present", path, e.getKey())
                        .isTrue();
                assertEqual(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray())
                    .as("%s is an array, was %s", path, actual)
                    .isTrue();
            assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEqual(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private AdviceScenarios() {}
}
