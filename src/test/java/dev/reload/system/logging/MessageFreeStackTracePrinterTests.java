package dev.reload.system.logging;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.StandardStackTracePrinter;

import static org.assertj.core.api.Assertions.assertThat;

/** Stack traces for the JSON logs: where it failed, never what the message quoted. */
class MessageFreeStackTracePrinterTests {

    @Test
    void printsEachThrowablesClassAndFramesButNoMessage() throws Exception {
        Exception failure = new IllegalStateException(
                "could not store the session",
                new SQLException("Unique index violation: VALUES ('knee hurts after 5 km', 7)"));

        String printed =
                new MessageFreeStackTracePrinter(StandardStackTracePrinter.rootLast()).printStackTraceToString(failure);

        assertThat(printed)
                .startsWith("java.lang.IllegalStateException" + System.lineSeparator())
                .contains("Caused by: java.sql.SQLException")
                .contains("at dev.reload.system.logging.MessageFreeStackTracePrinterTests")
                .doesNotContain("could not store", "knee hurts", "Unique index");
    }

    @Test
    void keepsTheSettingsOfThePrinterItIsGiven() throws Exception {
        Exception failure = new IllegalStateException("outer", new IllegalArgumentException("inner"));

        String printed = new MessageFreeStackTracePrinter(StandardStackTracePrinter.rootFirst())
                .printStackTraceToString(failure);

        assertThat(printed).startsWith("java.lang.IllegalArgumentException").doesNotContain("inner", "outer");
    }

    @Test
    void standsInForAMissingPrinter() throws Exception {
        String printed = new MessageFreeStackTracePrinter(null).printStackTraceToString(new RuntimeException("secret"));
        assertThat(printed).startsWith("java.lang.RuntimeException").doesNotContain("secret");
    }
}
