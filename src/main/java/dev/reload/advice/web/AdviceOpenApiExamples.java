package dev.reload.advice.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Adds the worked examples of the spec as request examples of the advice preview in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class AdviceOpenApiExamples {

    static final Map<String, String> EXAMPLES = Map.of(
            "progress-minutes", "Three all-green weeks of hiking: progress 90 → 95 min",
            "backoff-without-green-week", "An amber week then a red one: back off to 75 %",
            "settle-gate-not-yet", "Only two green runs: still in Settle");

    @Bean
    OpenApiCustomizer adviceExamples() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            PathItem path = openApi.getPaths().get(AdvicePreviewController.PATH);
            Operation post = path == null ? null : path.getPost();
            if (post == null
                    || post.getRequestBody() == null
                    || post.getRequestBody().getContent() == null) {
                return;
            }
            MediaType json = post.getRequestBody().getContent().get("application/json");
            if (json == null) {
                return;
            }
            Map<String, Example> examples = new LinkedHashMap<>();
            JsonMapper mapper = JsonMapper.builder().build();
            EXAMPLES.forEach((name, summary) ->
                    examples.put(name, new Example().summary(summary).value(read(mapper, name))));
            json.setExamples(examples);
        };
    }

    private static Object read(JsonMapper mapper, String name) {
        try (InputStream in =
                AdviceOpenApiExamples.class.getResourceAsStream("/advice/openapi-examples/" + name + ".json")) {
            return mapper.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
