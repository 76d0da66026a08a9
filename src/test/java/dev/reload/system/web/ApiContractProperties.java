package dev.reload.system.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dev.reload.ReloadApplication;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiContract;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every operation of the OpenAPI document, called with parameters and bodies generated from its
 * own schemas (valid values, boundaries and their neighbours, nulls, long and non-Latin strings,
 * wrong types), with the bearer token of a fresh account: the API never answers 5xx, and every
 * answer is one the document describes (decision 0009). The application runs once, on its own
 * in-memory database; the run is bounded by the number of tries (about a minute on two cores).
 */
class ApiContractProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a property left out of a generated object. */
    private static final Object ABSENT = new Object();

    private static ConfigurableApplicationContext application;
    private static MockMvc mvc;
    private static ApiContract contract;
    private static List<Operation> operations;
    private static String token;
    /** The run's own token, which a generated DELETE must not revoke (every later call would be a 401). */
    private static String tokenPath;

    record Operation(String method, String path, JsonNode spec, JsonNode schemas) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    record Call(Operation operation, String uri, String body, boolean multipart) {
        @Override
        public String toString() {
            return operation + " as " + uri + (body == null ? "" : " with " + body);
        }
    }

    @BeforeContainer
    static void startTheApplication() throws Exception {
        application = new SpringApplicationBuilder(ReloadApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:api-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "reload.imports.dir=target/api-contract-imports",
                        "logging.level.root=WARN")
                .run();
        WebApplicationContext web = (WebApplicationContext) application;
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        contract = ApiContract.of(web);
        JsonNode document = JSON.readTree(contract.document());
        operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue()
                    .fields()
                    .forEachRemaining(op -> operations.add(new Operation(
                            op.getKey(),
                            path.getKey(),
                            op.getValue(),
                            document.path("components").path("schemas"))));
        }
        token = ApiAccounts.newToken(mvc);
        tokenPath = "/api/v1/tokens/"
                + JSON.readTree(mvc.perform(request(HttpMethod.GET, URI.create("/api/v1/tokens"))
                                        .header("Authorization", "Bearer " + token))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .get(0)
                        .get("id")
                        .asLong();
    }

    @AfterContainer
    static void stopTheApplication() {
        if (application != null) {
            application.close();
        }
    }

    @Property(tries = 1500)
    void everyAnswerIsDocumentedAndNoneIsAServerError(@ForAll("calls") Call call) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (call.multipart()) {
            request = multipart(URI.create(call.uri()))
                    .file(new MockMultipartFile(
                            "file",
                            "upload.fit",
                            "application/octet-stream",
                            call.body().getBytes(StandardCharsets.UTF_8)));
        } else {
            String uri = revokesTheRunsToken(call) ? "/api/v1/tokens/0" : call.uri();
            request = request(HttpMethod.valueOf(call.operation().method().toUpperCase()), URI.create(uri));
            if (call.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(call.body());
            }
        }
        request.header("Authorization", "Bearer " + token).with(malformedOnPurpose());
        MvcResult result = mvc.perform(request).andReturn();
        Statistics.label("answer").collect(result.getResponse().getStatus());
        // the run reaches the operations: refusals of the token stay rare
        Statistics.label("answer").coverage(c -> c.check(401).percentage(p -> p < 10.0));
        assertThat(result.getResponse().getStatus())
                .as("%s answered %s", call, result.getResponse().getContentAsString())
                .isLessThan(500);
        contract.check(result);
    }

    /** Also "１" (a full-width digit) names token 1: Java reads Unicode digits as numbers. */
    private static boolean revokesTheRunsToken(Call call) {
        if (!call.operation().method().equals("delete") || !call.uri().startsWith("/api/v1/tokens/")) {
            return false;
        }
        String id =
                java.net.URLDecoder.decode(call.uri().substring("/api/v1/tokens/".length()), StandardCharsets.UTF_8);
        try {
            return tokenPath.equals("/api/v1/tokens/" + Long.parseLong(id));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(operations).flatMap(ApiContractProperties::call);
    }

    private static Arbitrary<Call> call(Operation operation) {
        List<Arbitrary<String>> pathValues = new ArrayList<>();
        List<String> pathNames = new ArrayList<>();
        List<Arbitrary<Object>> queryValues = new ArrayList<>();
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode schema = parameter.path("schema");
            if ("path".equals(parameter.path("in").asText())) {
                pathNames.add(parameter.path("name").asText());
                pathValues.add(pathValue(schema));
            } else {
                queryNames.add(parameter.path("name").asText());
                queryValues.add(value(
                        schema,
                        operation.schemas(),
                        0,
                        !parameter.path("required").asBoolean()));
            }
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        boolean multipart = content.has("multipart/form-data");
        Arbitrary<String> body;
        if (multipart) {
            body = Arbitraries.strings().ofMaxLength(200);
        } else if (content.has("application/json")) {
            body = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(
                            20,
                            value(content.path("application/json").path("schema"), operation.schemas(), 0, false)
                                    .map(ApiContractProperties::json)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("", "{", "[]", "null", "\"text\"", "{\"a\":")));
        } else {
            body = Arbitraries.just(null);
        }
        Arbitrary<List<String>> paths = pathValues.isEmpty()
                ? Arbitraries.just(List.of())
                : Combinators.combine(pathValues).as(l -> l);
        Arbitrary<List<Object>> queries = queryValues.isEmpty()
                ? Arbitraries.just(List.of())
                : Combinators.combine(queryValues).as(l -> l);
        return Combinators.combine(paths, queries, body).as((p, q, b) -> {
            String uri = operation.path();
            for (int i = 0; i < pathNames.size(); i++) {
                uri = uri.replace("{" + pathNames.get(i) + "}", encode(p.get(i)));
            }
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < queryNames.size(); i++) {
                Object v = q.get(i);
                if (v != ABSENT && v != null) {
                    query.append(query.isEmpty() ? '?' : '&')
                            .append(queryNames.get(i))
                            .append('=')
                            .append(encode(String.valueOf(v)));
                }
            }
            return new Call(operation, uri + query, b, multipart);
        });
    }

    /** A path id: mostly a plausible one, else a boundary, a negative or not a number at all. */
    private static Arbitrary<String> pathValue(JsonNode schema) {
        if ("integer".equals(schema.path("type").asText())) {
            return Arbitraries.oneOf(
                    Arbitraries.longs().between(1, 50).map(String::valueOf),
                    Arbitraries.of("0", "-1", "9223372036854775807", "9223372036854775808", "1.5", "abc", "１"));
        }
        return Arbitraries.oneOf(
                Arbitraries.of("SPLIT_SQUAT", "split-squat", "CLAMSHELL", "nope"),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars('_', '-', 'é', 'ß', '中')
                        .ofMinLength(1)
                        .ofMaxLength(300));
    }

    /** Values for a schema: mostly what it allows, sometimes its edges, null or a wrong type. */
    private static Arbitrary<Object> value(JsonNode schema, JsonNode schemas, int depth, boolean optional) {
        JsonNode resolved = resolve(schema, schemas);
        Arbitrary<Object> fitting = fitting(resolved, schemas, depth);
        Arbitrary<Object> odd = Arbitraries.of(
                null,
                "",
                "x".repeat(5000),
                "Knie ✓ 膝 \uD83E\uDDB5",
                -1,
                0,
                1.5,
                Long.MAX_VALUE,
                1e300,
                true,
                List.of(),
                Map.of());
        Arbitrary<Object> any =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, fitting), net.jqwik.api.Tuple.of(1, odd));
        return optional
                ? Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(1, Arbitraries.just(ABSENT)))
                : any;
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> fitting(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("enum")) {
            List<Object> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
            return Arbitraries.of(values);
        }
        String format = schema.path("format").asText();
        switch (schema.path("type").asText("object")) {
            case "integer" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : -1000;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : 100_000;
                return Arbitraries.oneOf(
                        Arbitraries.longs().between(min, max).map(v -> (Object) v),
                        Arbitraries.of(min - 1, min, max, max + 1));
            }
            case "number" -> {
                double min = schema.has("minimum") ? schema.get("minimum").asDouble() : -1000;
                double max = schema.has("maximum") ? schema.get("maximum").asDouble() : 100_000;
                return Arbitraries.oneOf(
                        Arbitraries.doubles().between(min, max).ofScale(2).map(v -> (Object) v),
                        Arbitraries.of(min - 0.5, min, max, max + 0.5, 1e12));
            }
            case "boolean" -> {
                return Arbitraries.of(true, false);
            }
            case "string" -> {
                if ("date".equals(format)) {
                    return Arbitraries.oneOf(
                            Arbitraries.integers()
                                    .between(-400, 400)
                                    .map(d -> (Object) java.time.LocalDate.of(2026, 3, 1)
                                            .plusDays(d)
                                            .toString()),
                            Arbitraries.of("0001-01-01", "1899-12-31", "9999-12-31", "2026-02-30", "2026-3-1", "soon"));
                }
                if ("date-time".equals(format)) {
                    return Arbitraries.of("2026-03-01T08:00:00Z", "0001-01-01T00:00:00Z", "yesterday");
                }
                int maxLength =
                        schema.has("maxLength") ? schema.get("maxLength").asInt() : 300;
                return Arbitraries.oneOf(
                        Arbitraries.of("SPLIT_SQUAT", "Europe/Berlin", "Australia/Sydney", "a@example.org", "RUN"),
                        Arbitraries.strings()
                                .all()
                                .ofMaxLength(Math.min(maxLength + 1, 2000))
                                .map(v -> (Object) v));
            }
            case "array" -> {
                if (depth > 4) {
                    return Arbitraries.just(List.of());
                }
                return value(schema.path("items"), schemas, depth + 1, false)
                        .list()
                        .ofMaxSize(4)
                        .map(l -> (Object) l);
            }
            default -> {
                if (depth > 4 || !schema.has("properties")) {
                    return Arbitraries.just(Map.of());
                }
                List<String> names = new ArrayList<>();
                List<Arbitrary<Object>> values = new ArrayList<>();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.get("properties").fields().forEachRemaining(p -> {
                    names.add(p.getKey());
                    values.add(value(p.getValue(), schemas, depth + 1, !required.contains(p.getKey())));
                });
                return Combinators.combine(values).as(list -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        if (list.get(i) != ABSENT) {
                            object.put(names.get(i), list.get(i));
                        }
                    }
                    return (Object) object;
                });
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode current = schema;
        for (int i = 0; i < 10; i++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == ABSENT ? null : value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
