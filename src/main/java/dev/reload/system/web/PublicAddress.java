package dev.reload.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address, for what is read away from the site (the library's canonical URLs,
 * sitemap and feed, the report's links): {@code reload.public-url} ({@code https://reload.example})
 * when set, else the address of the current request.
 */
@Component
public class PublicAddress {

    private final String configured;

    public PublicAddress(@Value("${reload.public-url:}") String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        if (!trimmed.isEmpty() && !trimmed.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException(
                    "reload.public-url must be an address such as https://reload.example, not '" + configured + "'");
        }
        this.configured = trimmed.replaceAll("/+$", "");
    }

    /** Whether {@code reload.public-url} is set: else addresses come from the request, its Host header included. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** The absolute address of a path on this site: {@code https://reload.example/library}. */
    public String of(String path) {
        String base = configured.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
        return base + path;
    }
}
