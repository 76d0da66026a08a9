package dev.reload.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Playwright for Java driving Debian's Chromium ({@code /usr/bin/chromium}, or {@code RELOAD_CHROMIUM}).
 * Playwright never downloads a browser of its own here. Screenshots go to {@code target/screenshots/}.
 */
public final class Browsers implements AutoCloseable {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Path chromium() {
        return Paths.get(Objects.requireNonNullElse(System.getenv("RELOAD_CHROMIUM"), "/usr/bin/chromium"));
    }

    /** Starts headless Chromium; test classes guard with {@code @ExtendWith(ChromiumAvailable.class)}. */
    public static Browsers launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
        return new Browsers(playwright, browser);
    }

    /** A fresh browser context (its own cookies) with a viewport of the given width. */
    public Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        return context.newPage();
    }

    /** A fresh browser context whose clock and {@code Intl} say it is in {@code timeZone}. */
    public Page newPage(int width, int height, String timeZone) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setTimezoneId(timeZone));
        return context.newPage();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
