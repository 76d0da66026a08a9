package dev.reload.system.web;

import java.lang.annotation.Annotation;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Declares in the OpenAPI document which fields may be {@code null}: every record component of a
 * reference type ({@code Integer}, {@code String}, a record, a list) unless it is {@code @NotNull},
 * {@code @NotBlank} or {@code @NotEmpty}. Primitives never are. The API writes every field, null
 * ones too ({@code spring.jackson.default-property-inclusion=always}), and accepts null for every
 * optional one, so the rule holds for requests and answers alike; a response component that is
 * never null says so with {@code @NotNull}.
 *
 * <p>OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}, so a nullable reference becomes
 * {@code {nullable: true, allOf: [{$ref}]}}.
 */
final class NullableProperties implements PropertyCustomizer {

    private static final List<Class<? extends Annotation>> NOT_NULL =
            List.of(NotNull.class, NotBlank.class, NotEmpty.class);

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || isPrimitive(type) || declaredNotNull(type)) {
            return property;
        }
        if (property.get$ref() != null) {
            return nullableReference(property.get$ref(), schemaAnnotation(type));
        }
        property.setNullable(true);
        return property;
    }

    /**
     * {@code {nullable: true, allOf: [{$ref}]}}, with the description and example of the
     * component's {@code @Schema} (OpenAPI 3.0 drops the siblings of a {@code $ref}).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableReference(String ref, io.swagger.v3.oas.annotations.media.Schema annotation) {
        Schema wrapper = new Schema().allOf(List.of(new Schema<>().$ref(ref)));
        wrapper.setNullable(true);
        if (annotation != null && !annotation.description().isEmpty()) {
            wrapper.setDescription(annotation.description());
        }
        if (annotation != null && !annotation.example().isEmpty()) {
            wrapper.setExample(example(annotation.example()));
        }
        return wrapper;
    }

    private static Object example(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static io.swagger.v3.oas.annotations.media.Schema schemaAnnotation(AnnotatedType type) {
        if (type.getCtxAnnotations() != null) {
            for (Annotation annotation : type.getCtxAnnotations()) {
                if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema) {
                    return schema;
                }
            }
        }
        return null;
    }

    private static boolean isPrimitive(AnnotatedType type) {
        if (type.getType() instanceof Class<?> raw) {
            return raw.isPrimitive();
        }
        if (type.getType() instanceof JavaType java) {
            return java.isPrimitive();
        }
        return false;
    }

    private static boolean declaredNotNull(AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (NOT_NULL.contains(annotation.annotationType())) {
                return true;
            }
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                    && schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
                return true;
            }
        }
        return false;
    }
}
