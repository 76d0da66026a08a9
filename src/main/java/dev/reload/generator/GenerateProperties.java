package dev.reload.generator;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the {@code generate} profile makes: {@code accounts} accounts numbered from {@code first},
 * each with {@code years} of log ending today (0.25 for three months), drawn from {@code seed};
 * written by {@code threads} threads, {@code chunk} accounts a transaction; the accounts' numbers,
 * emails and API tokens go to {@code tokensFile}.
 */
@ConfigurationProperties("reload.generate")
record GenerateProperties(
        @DefaultValue("100") int accounts,
        @DefaultValue("1") double years,
        @DefaultValue("1") long seed,
        @DefaultValue("0") int threads,
        @DefaultValue("1") int first,
        @DefaultValue("25") int chunk,
        @DefaultValue("target/generated-tokens.csv") Path tokensFile) {

    GenerateProperties {
        if (accounts < 1 || first < 1 || first + (long) accounts - 1 > Synthesis.MAX_NUMBER) {
            throw new IllegalArgumentException("reload.generate.accounts and .first must number accounts 1–"
                    + Synthesis.MAX_NUMBER + ", got " + accounts + " from " + first);
        }
        if (!(years > 0) || years > 20) {
            throw new IllegalArgumentException(
                    "reload.generate.years must be more than 0 and at most 20, got " + years);
        }
        if (threads < 0 || chunk < 1) {
            throw new IllegalArgumentException(
                    "reload.generate.threads must be 0 (one a core) or more, .chunk 1 or more");
        }
    }

    /** The threads to write with: one a core unless set. */
    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The days of log each account gets, ending today. */
    int days() {
        return (int) Math.max(14, Math.round(years * 365.25));
    }
}
