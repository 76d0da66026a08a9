/**
 * The knee-health library (product.md capability 8): Markdown pages with YAML front matter under
 * {@code src/main/resources/library/} (format: its {@code README.md}), read and checked by
 * {@link dev.reload.library.LibraryReader}, rendered once with commonmark and sanitized with jsoup,
 * kept by {@link dev.reload.library.Library} (re-read when a file changes if {@code
 * reload.library.reload} is on). {@link dev.reload.library.LibraryLinks} names the page that
 * explains each adviser rule, for the features that show the rules' reasons. Pages, the sitemap,
 * robots.txt and the Atom feed live in {@code library.web}.
 */
@ApplicationModule(
        displayName = "Knee-health library",
        allowedDependencies = {"knee", "system :: web"})
package dev.reload.library;

import org.springframework.modulith.ApplicationModule;
