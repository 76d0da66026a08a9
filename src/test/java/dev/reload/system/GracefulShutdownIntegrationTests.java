package dev.reload.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.support.StandaloneApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Graceful shutdown (docs/operations.md): when the application is told to stop while a request is
 * being answered, it takes no new request, answers that one in full, and only then stops. The slow
 * request is a test-only endpoint, open to anyone, in an application of its own.
 */
class GracefulShutdownIntegrationTests {

    private static final Duration SLOW = Duration.ofMillis(1500);

    /** Counted down when the slow request has begun. */
    static CountDownLatch begun;

    @TestComponent
    @RestController
    static class SlowEndpoint {

        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            begun.countDown();
            Thread.sleep(SLOW.toMillis());
            return "finished";
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OpenToAnyone {

        @Bean
        @Order(-1)
        SecurityFilterChain slowChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/test/slow")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }

    @Test
    void aRequestInFlightWhenTheApplicationStopsIsAnsweredInFullAndNoNewOneIsTaken() throws Exception {
        begun = new CountDownLatch(1);
        StandaloneApplication app =
                StandaloneApplication.start(new Class<?>[] {SlowEndpoint.class, OpenToAnyone.class});
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(app.uri("/test/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(begun.await(10, TimeUnit.SECONDS))
                .as("the slow request began")
                .isTrue();
        HttpRequest another = HttpRequest.newBuilder(app.uri("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();

        long closing = System.nanoTime();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(app::close);
        Thread.sleep(300);
        assertThat(closed).as("the application waits for the request").isNotDone();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(another, HttpResponse.BodyHandlers.ofString()))
                .as("a new request while stopping")
                .isInstanceOf(IOException.class);

        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        closed.get(30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - closing))
                .as("stopped after the request, well within the shutdown phase's 20 s")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(app.context().isActive()).isFalse();
    }
}
