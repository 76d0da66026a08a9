package dev.reload.system.web;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * Makes the generated OpenAPI document say exactly what the API answers (decision 0009): every
 * operation lists the errors it can answer as {@code application/problem+json} with the
 * {@value #PROBLEM} schema, operations that act for an account require the bearer token, nullable
 * fields are declared nullable ({@link NullableProperties}), and every field of an answer is
 * required, since the API writes null fields too.
 *
 * <p>Which errors: 400 when the operation takes input (a parameter or a body), 401 always (a
 * token that is sent and unknown is refused everywhere; without one where a token is needed),
 * 404 when its path names a resource, 413 when it takes a body, 500 and 503 (the database cannot be
 * reached) always. Others an operation
 * declares itself ({@code @ApiResponse(responseCode = "429")} where it throttles, 404 where it
 * answers one without a path id); each gets the problem schema here.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

    static final String PROBLEM = "Problem";
    static final String BEARER = "bearerToken";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final String REF_PREFIX = "#/components/schemas/";

    @Bean
    PropertyCustomizer nullableProperties() {
        return new NullableProperties();
    }

    /** An operation whose handler takes the signed-in account needs the bearer token. */
    @Bean
    OperationCustomizer bearerWhereAnAccountActs() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    break;
                }
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer errorsAsProblems() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description("An API token from POST /api/v1/tokens"));
            components.addSchemas("FieldError", fieldError());
            components.addSchemas(PROBLEM, problem());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiContract::addErrors));
            requireEveryFieldOfAnswers(openApi);
        };
    }

    private static void addErrors(Operation operation) {
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (body || !parameters.isEmpty()) {
            responses.putIfAbsent(
                    "400",
                    new ApiResponse()
                            .description("The request is malformed or breaks a rule; errors[] names each field"));
        }
        responses.putIfAbsent(
                "401",
                new ApiResponse()
                        .description(
                                secured
                                        ? "No valid API token: send Authorization: Bearer <token>"
                                        : "An API token was sent that is unknown or revoked"));
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            responses.putIfAbsent("404", new ApiResponse().description("Nothing with that id belongs to the caller"));
        }
        if (body) {
            responses.putIfAbsent("413", new ApiResponse().description("The body is larger than the limit"));
        }
        responses.putIfAbsent(
                "500", new ApiResponse().description("Something went wrong on our side; nothing was stored"));
        responses.putIfAbsent(
                "503",
                new ApiResponse()
                        .description("The database cannot answer just now; try again after the Retry-After header's"
                                + " seconds"));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF_PREFIX + PROBLEM))));
            }
        });
        // keep the codes in order: 200, 201, 400, 401, …
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    /** RFC 9457 as the API writes it: type, title, status, detail, instance, errors for a 400, limit for a 413. */
    private static Schema<?> problem() {
        Schema<?> problem = new ObjectSchema()
                .description("An error (RFC 9457); errors[] names each bad field of a rejected request")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().nullable(true).example("painAfter must be 0–10"))
                .addProperty("instance", new StringSchema().example("/api/v1/sessions"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF_PREFIX + "FieldError")))
                .addProperty(
                        "limit",
                        new StringSchema()
                                .description("For a 413: the largest upload allowed")
                                .example("200MB"));
        problem.setRequired(List.of("title", "status")); // no type means about:blank (RFC 9457)
        return problem;
    }

    private static Schema<?> fieldError() {
        Schema<?> error = new ObjectSchema()
                .description("One bad field of a request: its JSON path as sent, and what is wrong")
                .addProperty("field", new StringSchema().example("painAfter"))
                .addProperty("message", new StringSchema().example("must be 0–10"));
        error.setRequired(List.of("field", "message"));
        return error;
    }

    /**
     * The API writes every field of an answer, null ones too: each schema that only answers use
     * (not one that a request uses as well) requires all its properties. A request's schemas allow
     * properties they do not name, which the API ignores (api.md, "Errors").
     */
    private static void requireEveryFieldOfAnswers(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        for (PathItem path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    operation
                            .getRequestBody()
                            .getContent()
                            .values()
                            .forEach(m -> reach(m.getSchema(), schemas, requests));
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> reach(p.getSchema(), schemas, requests));
                }
                operation.getResponses().values().stream()
                        .filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().values().forEach(m -> reach(m.getSchema(), schemas, answers)));
            }
        }
        // api.md: unknown fields of a request are ignored
        requests.forEach(name -> {
            if (schemas.get(name) != null) {
                schemas.get(name).setAdditionalProperties(Boolean.TRUE);
            }
        });
        answers.removeAll(requests);
        answers.remove(PROBLEM);
        answers.remove("FieldError");
        for (String name : answers) {
            Schema<?> schema = schemas.get(name);
            if (schema.getProperties() != null) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        }
    }

    /** Adds the names of the component schemas that {@code schema} refers to, directly or not. */
    @SuppressWarnings("rawtypes")
    private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema<?>> todo = new ArrayDeque<>();
        if (schema != null) {
            todo.push(schema);
        }
        while (!todo.isEmpty()) {
            Schema<?> next = todo.pop();
            if (next.get$ref() != null) {
                String name = next.get$ref().substring(next.get$ref().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            Consumer<Schema<?>> add = s -> {
                if (s != null) {
                    todo.push(s);
                }
            };
            add.accept(next.getItems());
            if (next.getAdditionalProperties() instanceof Schema<?> values) {
                add.accept(values);
            }
            each(next.getProperties() == null ? null : next.getProperties().values(), add);
            each(next.getAllOf(), add);
            each(next.getAnyOf(), add);
            each(next.getOneOf(), add);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void each(Collection<? extends Schema> schemas, Consumer<Schema<?>> add) {
        if (schemas != null) {
            schemas.forEach(s -> add.accept((Schema<?>) s));
        }
    }
}
