package dev.reload.system.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses the NUL character in every JSON string a client sends (PostgreSQL refuses it in text, H2
 * would store it): Spring Boot adds this module to the application's JSON mapper, and the refusal is
 * a 400 naming the field.
 */
@Component
class NoNulTextModule extends SimpleModule {

    NoNulTextModule() {
        super("reload-no-nul-text");
        addDeserializer(String.class, new NoNulStringDeserializer());
    }

    private static final class NoNulStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new NulCharacterException(parser);
            }
            return text;
        }
    }
}
