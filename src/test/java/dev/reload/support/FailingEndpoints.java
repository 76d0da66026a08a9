package dev.reload.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page and an API endpoint that fail on purpose, so that {@code WebSafetyIntegrationTests} can
 * check that a failure leaks nothing. Part of every {@link ApplicationTest} context (one
 * configuration for all) and imported there only: as {@code @TestComponent}s they are left out of
 * component scanning, so web slices do not pick them up.
 */
public final class FailingEndpoints {

    public static final String SECRET = "secret-internal-detail";

    private FailingEndpoints() {}

    @TestComponent
    @Controller
    public static class Page {

        @GetMapping("/test/failing-page")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @TestComponent
    @RestController
    public static class Api {

        @GetMapping("/api/v1/test/failing")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
