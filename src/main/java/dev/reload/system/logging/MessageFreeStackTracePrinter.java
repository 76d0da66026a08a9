package dev.reload.system.logging;

import java.io.IOException;

import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.StandardStackTracePrinter;

/**
 * Prints a stack trace for the JSON logs with each throwable's class and frames but never its
 * message: a message may quote what someone sent or stored (a database names the value that broke
 * a constraint, a parser quotes the text it could not read), and no health data belongs in a log.
 * Boot makes it from {@code logging.structured.json.stacktrace.printer}, handing over the printer
 * that the other {@code logging.structured.json.stacktrace.*} settings describe (decision 0025).
 */
public final class MessageFreeStackTracePrinter implements StackTracePrinter {

    private final StackTracePrinter printer;

    public MessageFreeStackTracePrinter(StandardStackTracePrinter configured) {
        StandardStackTracePrinter base = configured == null ? StandardStackTracePrinter.rootLast() : configured;
        this.printer = base.withFormatter(thrown -> thrown.getClass().getName());
    }

    @Override
    public void printStackTrace(Throwable throwable, Appendable out) throws IOException {
        printer.printStackTrace(throwable, out);
    }
}
