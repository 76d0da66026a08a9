package dev.reload.system.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A JSON string holding the NUL character ({@code \u0000}), which PostgreSQL cannot store in text.
 * Jackson adds the JSON path of the value as the exception travels up, so the 400 names the field.
 */
class NulCharacterException extends DatabindException {

    static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    NulCharacterException(JsonParser parser) {
        super(parser, MESSAGE);
    }
}
