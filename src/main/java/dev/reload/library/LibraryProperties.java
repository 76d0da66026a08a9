package dev.reload.library;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reload.library.*}: where the library's files are and whether changes are picked up.
 *
 * @param location where the files are, as a Spring resource location (default {@code
 *     classpath:library/}); in development a folder works too: {@code file:src/main/resources/library/}
 * @param reload   re-read the files when one changes, without a restart (default false; for writing)
 */
@ConfigurationProperties("reload.library")
public record LibraryProperties(String location, boolean reload) {

    public LibraryProperties {
        location = location == null || location.isBlank() ? "classpath:library/" : location;
        location = location.endsWith("/") ? location : location + "/";
    }
}
