package dev.reload.history;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The imports in the metrics, never by account: {@code reload.imports} times each import that ends
 * (tags {@code outcome}: done or failed, and {@code kind}: zip or file), {@code reload.imports.size}
 * counts its files (or a ZIP's activities), and {@code reload.imports.items} counts each activity
 * as it is stored ({@code result}: imported, duplicate, or not-imported when it could not be read or
 * its date cannot be right).
 */
@Component
class ImportMetrics {

    /** What became of one activity of an import. */
    enum Item {
        IMPORTED,
        DUPLICATE,
        NOT_IMPORTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ended(ImportKind kind, ImportStatus status, Duration took, int files) {
        String outcome = status == ImportStatus.DONE ? "done" : "failed";
        Timer.builder("reload.imports")
                .description("Time an import ran until it ended, from its start or its resumption")
                .tag("outcome", outcome)
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(took);
        DistributionSummary.builder("reload.imports.size")
                .description("Files (or a bulk export's activities) in an import that ended")
                .baseUnit("files")
                .tag("outcome", outcome)
                .register(registry)
                .record(files);
    }

    void item(Item item) {
        Counter.builder("reload.imports.items")
                .description("Activities of imports, by what became of them")
                .tag("result", item.tag())
                .register(registry)
                .increment();
    }
}
