package dev.reload.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page and an API endpoint that fail on purpose, so that {@code WebSafetyIntegrationTests} can
 * check that a failure leaks nothing. Part of every {@link ApplicationTest} context (one
 * configuration for all); nothing else calls them.
 */
public final class FailingEndpoints {

    public static final String SECRET = "secret-internal-detail";

    private FailingEndpoints() {}

    @Controller
    public static class Page {

        @GetMapping("/test/failing-page")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @RestController
    public static class Api {

        @GetMapping("/api/v1/test/failing")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
