package dev.reload.support;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the OpenAPI 3.0 idiom for a nullable reference, {@code {nullable: true, allOf: [{$ref}]}},
 * into a copy of the referenced schema marked {@code nullable: true}, for the contract validator
 * only. The validator applies {@code nullable} to a schema's own {@code type} and {@code enum}
 * alone, so it would refuse a {@code null} that the document allows; the copy says the same thing
 * in the form it reads. Nothing else of the document changes.
 */
final class NullableReferences {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "#/components/schemas/";

    private NullableReferences() {}

    static String inline(String document) {
        try {
            JsonNode root = JSON.readTree(document);
            JsonNode schemas = root.path("components").path("schemas");
            rewrite(root, schemas, 0);
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    private static void rewrite(JsonNode node, JsonNode schemas, int depth) {
        if (depth > 50) {
            throw new IllegalStateException("nullable references nest too deep (a cycle?)");
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            String ref = nullableReference(object);
            if (ref != null) {
                JsonNode target = schemas.path(ref.substring(PREFIX.length()));
                JsonNode description = object.get("description");
                object.removeAll();
                object.setAll((ObjectNode) target.deepCopy());
                object.put("nullable", true);
                if (description != null) {
                    object.set("description", description);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                rewrite(fields.next().getValue(), schemas, depth + 1);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                rewrite(element, schemas, depth + 1);
            }
        }
    }

    private static String nullableReference(ObjectNode object) {
        JsonNode allOf = object.get("allOf");
        if (!object.path("nullable").asBoolean(false) || allOf == null || !allOf.isArray() || allOf.size() != 1) {
            return null;
        }
        String ref = allOf.get(0).path("$ref").asText(null);
        return ref != null && ref.startsWith(PREFIX) ? ref : null;
    }
}
