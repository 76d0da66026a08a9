package dev.reload.progress.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page in Chromium with the demo account's weeks: every chart drew, its table holds
 * the chart's own numbers, nothing serious for axe, readable at 390 and 1280 px. Checks only what
 * any ten weeks of demo data show.
 */
@ActiveProfiles("demo")
class ProgressBrowserTests extends BrowserTest {

    /** The demo account's sign-in (demo.DemoData, package-private there). */
    private static final String DEMO_EMAIL = "demo@reload.example";

    private static final String DEMO_PASSWORD = "knee-demo-reload";

    /** The charts every demo account with ten weeks of runs and strength work draws. */
    private static final List<String> CHARTS = List.of("volume", "pain", "ratio", "strength", "adherence");

    /**
     * Compares each table with its chart's data-chart JSON; answers the mismatches (empty when all
     * agree). A dash or "none" in a cell is a null in the chart.
     */
    private static final String COMPARE = """
            () => {
              const bad = [];
              const num = t => { t = t.trim(); return (t === '–' || t === 'none') ? null : Number(t); };
              const data = k => JSON.parse(document.querySelector('[data-testid=chart-' + k + '] canvas').dataset.chart);
              const rows = k => Array.from(document.querySelectorAll('[data-testid=table-' + k + '] tbody tr'))
                  .map(r => Array.from(r.querySelectorAll('th, td')).map(c => c.textContent.trim()));
              const same = (what, a, b) => { if (a !== b && !(a !== null && b !== null && Math.abs(a - b) < 1e-9)) bad.push(what + ': table ' + a + ', chart ' + b); };
              let d = data('volume'), r = rows('volume');
              if (r.length !== d.volume.length) bad.push('volume rows ' + r.length + ' vs ' + d.volume.length);
              r.forEach((c, i) => { same('volume ' + i, num(c[2]), d.volume[i]); same('dose ' + i, num(c[3]), d.dose[i]);
                  same('week label ' + i, 'Week ' + c[0], d.labels[i]); });
              d = data('pain'); r = rows('pain');
              if (r.length !== d.labels.length) bad.push('pain rows');
              r.forEach((c, i) => { same('day ' + i, c[0], d.labels[i]); same('load ' + i, num(c[1]), d.volume[i]);
                  same('during ' + i, num(c[2]), d.during[i]); same('after ' + i, num(c[3]), d.after[i]);
                  same('morning ' + i, num(c[4]), d.morning[i]); });
              d = data('ratio'); r = rows('ratio');
              r.forEach((c, i) => same('ratio ' + i, num(c[1]), d.ratio[i]));
              d = data('adherence'); r = rows('adherence');
              r.forEach((c, i) => { const s = c[1].split(' of ').map(Number), g = c[2].split(' of ').map(Number);
                  same('sessions ' + i, s[0], d.doneSessions[i]); same('planned ' + i, s[1], d.plannedSessions[i]);
                  same('strength ' + i, g[0], d.doneStrength[i]); same('planned strength ' + i, g[1], d.plannedStrength[i]); });
              d = data('strength');
              const points = d.series.flatMap(s => s.load.map((l, i) => l === null ? null : [s.label, d.labels[i], l]).filter(Boolean));
              r = rows('strength');
              if (r.length !== points.length) bad.push('strength rows ' + r.length + ' vs ' + points.length);
              const key = p => p.join('|');
              const inTable = new Set(r.map(c => [c[0], c[1], Number(c[3])].join('|')));
              points.forEach(p => { if (!inTable.has(key(p))) bad.push('strength point missing from the table: ' + key(p)); });
              return bad;
            }""";

    /** Whether a chart drew: Chart.js holds data points and the canvas differs from a blank one of its size. */
    private static final String DREW = """
            id => {
              const canvas = document.querySelector('[data-testid=chart-' + id + '] canvas');
              const chart = window.Chart.getChart(canvas);
              const points = chart ? chart.data.datasets.reduce((n, s) => n + s.data.filter(v => v !== null).length, 0) : 0;
              const blank = document.createElement('canvas');
              blank.width = canvas.width; blank.height = canvas.height;
              return { points: points, painted: canvas.toDataURL() !== blank.toDataURL(), width: canvas.getBoundingClientRect().width };
            }""";

    @Test
    void theDemoAccountsChartsDrawAndTheirTablesHoldTheSameNumbers() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(DEMO_EMAIL);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.locator("h1")).containsText("Hello");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your progress in charts"))
                .click();

        assertThat(page.locator("h1")).hasText("Your progress");
        for (String chart : CHARTS) {
            assertThat(page.locator("[data-testid=chart-" + chart + "] canvas[data-drawn=true]"))
                    .hasCount(1);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> drew = (java.util.Map<String, Object>) page.evaluate(DREW, chart);
            assertThat(((Number) drew.get("points")).intValue())
                    .as(chart + " points")
                    .isPositive();
            assertThat(drew.get("painted")).as(chart + " painted").isEqualTo(true);
        }
        assertThat((List<?>) page.evaluate(COMPARE)).isEmpty();
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "progress-1280");

        page.setViewportSize(390, 844);
        page.reload();
        for (String chart : CHARTS) {
            assertThat(page.locator("[data-testid=chart-" + chart + "] canvas[data-drawn=true]"))
                    .hasCount(1);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> drew = (java.util.Map<String, Object>) page.evaluate(DREW, chart);
            assertThat(((Number) drew.get("width")).doubleValue())
                    .as(chart + " width")
                    .isBetween(300.0, 390.0);
        }
        page.locator("[data-testid=chart-volume] details summary").click();
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "progress-390");

        page.navigate(url("/plan"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your progress in charts")))
                .hasAttribute("href", "/progress");
    }

    @Test
    void aNewAccountIsToldWhatWillAppearHere() {
        Page page = signedInPage(390);

        page.navigate(url("/progress"));

        assertThat(page.getByTestId("progress-no-plan")).containsText("Once you set up a plan");
        assertThat(page.locator("canvas[data-progress-chart]")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "progress-new-390");
    }
}
