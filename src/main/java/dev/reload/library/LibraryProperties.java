package dev.reload.library;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reload.library.*}: where the library's files are and whether changes are picked up.
 *
 * @param location where the files are, as a Spring resource location (default {@code
 *     classpath:library/}); in development a folder works too: {@code file:src/main/resources/library/}
 * @param reload   re-read the files when one changes, without a restart (for writing); by default on
 *     when the location is a folder ({@code file:}), off on the class path
 * @param affiliateTag the retailer's affiliate tag added to product-pick links; empty (the default):
 *     no product pick and no affiliate link is shown at all
 */
@ConfigurationProperties("reload.library")
public record LibraryProperties(String location, Boolean reload, String affiliateTag) {

    public LibraryProperties {
        affiliateTag = affiliateTag == null ? "" : affiliateTag.strip();
        if (!affiliateTag.isEmpty() && !affiliateTag.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(
                    "reload.library.affiliate-tag must be letters, digits, - or _ (at most 64),"
                            + " as a retailer gives it, not '" + affiliateTag + "'");
        }
        location = location == null || location.isBlank() ? "classpath:library/" : location;
        location = location.endsWith("/") ? location : location + "/";
        reload = reload == null ? location.startsWith("file:") : reload;
    }
}
