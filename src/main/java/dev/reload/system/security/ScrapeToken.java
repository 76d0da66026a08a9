package dev.reload.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The credential Prometheus sends to {@code /actuator/prometheus} ({@code reload.metrics.scrape-token},
 * decision 0025): a long random value shared with the scraper only. Empty: there is none, and only an
 * administrator's API token reads the metrics. Compared by SHA-256 in constant time.
 */
final class ScrapeToken {

    static final String SETTING = "reload.metrics.scrape-token";
    static final int MINIMUM_LENGTH = 32;

    private final Optional<byte[]> digest;

    private ScrapeToken(Optional<byte[]> digest) {
        this.digest = digest;
    }

    /**
     * @throws IllegalStateException naming the setting when it is set but shorter than 32 characters
     */
    static ScrapeToken of(String configured) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty()) {
            return new ScrapeToken(Optional.empty());
        }
        if (value.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException(SETTING + " must be at least " + MINIMUM_LENGTH
                    + " characters (a random value, e.g. openssl rand -hex 32), or empty for none");
        }
        return new ScrapeToken(Optional.of(sha256(value)));
    }

    /** Whether {@code offered} is the scrape token; never when there is none. */
    boolean matches(String offered) {
        return digest.isPresent() && offered != null && MessageDigest.isEqual(digest.get(), sha256(offered));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
