package dev.reload.system.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reload on a phone's home screen: a web app manifest that opens to Today with its icons, and a
 * service worker that, without a connection, shows the last Today with a notice (strict CSP).
 */
class InstallableBrowserTests extends BrowserTest {

    @Test
    void theManifestOpensToTodayWithIconsAnyoneCanFetch() {
        Page page = browsers.newPage(390, 900);
        page.navigate(url("/"));
        String manifest = page.locator("link[rel=manifest]").getAttribute("href");
        APIResponse answer = page.request().get(url(manifest));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("\"start_url\": \"/today\"", "\"display\": \"standalone\"");
        for (String icon : new String[] {"/icons/icon-192.png", "/icons/icon-512.png"}) {
            APIResponse png = page.request().get(url(icon));
            assertThat(png.status()).as(icon).isEqualTo(200);
            assertThat(png.headers().get("content-type")).isEqualTo("image/png");
        }
        assertThat(page.request().get(url("/sw.js")).status()).isEqualTo(200);
    }

    @Test
    void offlineTodayIsTheLastTodaySeenWithANoticeAndOtherPagesSaySo() {
        Page page = signedInPage(390);
        page.navigate(url("/today"));
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.reload(); // this visit goes through the service worker, which keeps a copy
        assertThat(page.locator("h1")).containsText("Hello, Sam");

        page.context().setOffline(true);
        page.navigate(url("/today"));
        assertThat(page.getByTestId("offline-notice")).containsText("You are offline. This is Today as it was on ");
        assertThat(page.locator("h1")).containsText("Hello, Sam");
        Browsers.screenshot(page, "today-offline-390");

        page.navigate(url("/plan"));
        assertThat(page.locator("h1")).hasText("You are offline");
        assertThat(page.locator("main")).containsText("open it");
        page.context().setOffline(false);
    }

    @Test
    void signingOutForgetsTheSavedToday() {
        Page page = signedInPage(1280);
        page.navigate(url("/today"));
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.reload();
        page.waitForFunction("caches.open('reload-today').then(c => c.match('/today')).then(r => !!r)");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.waitForURL("**/login**");

        Object saved = page.evaluate("caches.open('reload-today').then(c => c.match('/today')).then(r => !!r)");
        assertThat(saved).isEqualTo(false);
    }
}
