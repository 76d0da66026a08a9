package dev.reload.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a random port and one headless Chromium per test
 * class. Skipped (on CI: failed) when Chromium is not installed, before Spring starts.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    protected static Browsers browsers;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }

    /** The address of a path on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
