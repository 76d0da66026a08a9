package dev.reload.library.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address for canonical URLs, the sitemap and the feed: {@code reload.public-url}
 * ({@code https://reload.example}) when set, else the address of the current request.
 */
class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${reload.public-url:}") String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        if (!trimmed.isEmpty() && !trimmed.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException(
                    "reload.public-url must be an address such as https://reload.example, not '" + configured + "'");
        }
        this.configured = trimmed.replaceAll("/+$", "");
    }

    /** The absolute address of a path on this site: {@code https://reload.example/library}. */
    String of(String path) {
        String base = configured.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
        return base + path;
    }
}
