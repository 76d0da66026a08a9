package dev.reload.system;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.clinic.ClinicService;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;
import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;
import dev.reload.support.PageWords;
import dev.reload.support.PageWords.Problem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every page a signed-in person can reach, found as they would find it: from Today and the
 * navigation, breadth first, following every link of our own (GET only; not logging out, not the
 * API or its documentation, no downloads) and every choice of a GET form such as the whole log's
 * filters. Each page is opened at 390 px and at 1280 px and must pass axe (no serious or critical
 * violation), fit a phone without sideways scrolling, and read well ({@link PageWords}: its title
 * ends "– Reload", no ISO dates, ids or "(0)" in its text). Four people: the demo account with
 * ten weeks of log, strength work, shoes and an import of its own; a new plan with nothing logged
 * yet; someone without a plan; and a clinician with the demo account as their patient (their
 * patient list and every page of that patient). The pages visited are printed; a failure lists every page, the
 * rule it breaks and the offending text. Screenshots: {@code target/screenshots/signed-in-*}.
 */
@ActiveProfiles("demo")
class SignedInPagesBrowserTests extends BrowserTest {

    /** The demo account of the demo profile (see {@code DemoData} and the README). */
    private static final String DEMO_EMAIL = "demo@reload.example";

    private static final String DEMO_PASSWORD = "knee-demo-reload";

    /** Where the crawl starts: Today and the navigation. */
    private static final List<String> START = List.of("/today", "/log", "/plan", "/account");

    /** Where a clinician's crawl starts: their navigation. */
    private static final List<String> CLINICIAN_START = List.of("/clinic", "/account");

    /** Paths not followed: logging out, the JSON API and its documentation (Swagger UI, not a page of ours), the public forms. */
    private static final List<String> NOT_FOLLOWED =
            List.of("/logout", "/api", "/v3/", "/swagger-ui", "/login", "/register", "/actuator", "/error");

    /** Query parameters that page through or pick one record: one value of each is enough to see the page. */
    private static final Set<String> CURSORS = Set.of("before", "after", "id", "importId");

    /** Pages that are the same for everyone, checked once for all three people. */
    private static final Set<String> CHECKED_FOR_EVERYONE = ConcurrentHashMap.newKeySet();

    private static final Pattern SHARED = Pattern.compile("^/(exercises|finder|library)(/.*)?$");

    /** Links of the page as the browser resolves them. */
    private static final String LINKS = """
            () => [...document.querySelectorAll('a[href]')]
              .filter(a => !a.hasAttribute('download'))
              .map(a => a.href)
            """;

    /**
     * Other choices of each list of each GET form (such as the whole log's filters), one list at a
     * time: the first two and the last of each list (the newest and the oldest year, an activity with
     * entries and one without), which show what every other choice shows.
     */
    private static final String FORM_CHOICES = """
            () => {
              const urls = [];
              for (const form of document.querySelectorAll('form')) {
                if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
                const base = new URLSearchParams(new FormData(form));
                for (const select of form.querySelectorAll('select[name]')) {
                  const others = [...select.options].filter(option => !option.selected);
                  for (const option of others.filter((o, i) => i < 2 || i === others.length - 1)) {
                    const params = new URLSearchParams(base);
                    params.set(select.name, option.value);
                    const url = new URL(form.action);
                    url.search = params.toString();
                    urls.push(url.href);
                  }
                }
              }
              return urls;
            }
            """;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private ClinicService clinic;

    @Test
    void everyPageOfTenWeeksOfLogPassesAxeAndReadsWell() throws IOException {
        Page page = browsers.newPage(390, 844);
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(DEMO_EMAIL);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.locator("h1")).hasText("Hello, Alex");
        importWatchFiles(page);

        // a month and its year together, as a person goes back to the imported run of June 2017
        crawl(page, "demo", true, "/log/all?month=6&year=2017");
    }

    @Test
    void everyPageOfANewPlanWithNothingLoggedYetPassesAxeAndReadsWell() {
        String email = "crawl-new-plan-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(390, email);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        LocalDate today = clock.today(me);
        plans.screen(me, new ScreeningEntry(today, List.of()));
        plans.create(
                me,
                new PlanEntry(
                        Condition.PATELLAR_TENDINOPATHY,
                        Activity.RUN,
                        VolumeUnit.KM,
                        today,
                        new BigDecimal("20"),
                        3,
                        PlanEntry.DEFAULT_STEP,
                        new BigDecimal("2"),
                        null,
                        today.minusWeeks(4),
                        null));

        crawl(page, "new-plan", false);
    }

    @Test
    void everyPageOfAClinicianWithTheDemoPatientPassesAxeAndReadsWell() {
        String email = "crawl-clinician-" + UUID.randomUUID() + "@example.org";
        Page page = signedInClinicianPage(390, email, "Dr Rana Patel");
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        AccountId demo = ((AccountPrincipal) accounts.loadUserByUsername(DEMO_EMAIL)).accountId();
        clinic.redeem(me, clinic.createInvite(demo).code());

        crawl(page, "clinician", CLINICIAN_START, false);
    }

    @Test
    void everyPageWithoutAPlanPassesAxeAndReadsWell() {
        Page page = signedInPage(390);

        crawl(page, "no-plan", false);
    }

    /** A ZIP of two watch activities and a settings file that is not one: the import page then shows both kinds of result. */
    private void importWatchFiles(Page page) throws IOException {
        Path zip = Files.createTempFile("crawl-export", ".zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : List.of("garmin-fenix-5-run.fit", "garmin-fenix-5-walk.fit", "Settings.fit")) {
                out.putNextEntry(new ZipEntry("activities/" + name));
                try (var in = getClass().getResourceAsStream("/importing/fit/" + name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        page.navigate(url("/history/import"));
        page.getByLabel("Activity file or export").setInputFiles(zip);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        Files.delete(zip);
    }

    /**
     * Visits every page reachable from {@link #START}, breadth first, checks each at both widths, prints
     * what it visited and fails with every problem found. With {@code formChoices}, each choice of a
     * GET form's lists is followed too (for the rich log: an empty log shows every filter empty alike);
     * {@code moreStarts} are pages to begin with besides Today and the navigation.
     */
    private void crawl(Page page, String who, boolean formChoices, String... moreStarts) {
        List<String> starts = new ArrayList<>(START);
        starts.addAll(List.of(moreStarts));
        crawl(page, who, starts, formChoices);
    }

    /** As {@link #crawl(Page, String, boolean, String...)}, from these pages only. */
    private void crawl(Page page, String who, List<String> starts, boolean formChoices) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String start : starts) {
            seen.add(key(URI.create(url(start))));
            queue.add(start);
        }
        List<String> visited = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String address = queue.poll();
            Response response = page.navigate(url(address));
            URI landed = URI.create(page.url());
            String name = relative(landed);
            if (!name.equals(address) && !seen.add(key(landed))) {
                continue; // a redirect to a page already visited
            }
            if (SHARED.matcher(landed.getPath()).matches() && !CHECKED_FOR_EVERYONE.add(key(landed))) {
                continue;
            }
            visited.add(name + (name.equals(address) ? "" : " (from " + address + ")"));
            if (response == null || response.status() >= 400) {
                problems.add(name + " — answers " + (response == null ? "nothing" : response.status()));
                continue;
            }
            problems.addAll(check(page, who, name));
            List<Object> links = new ArrayList<>((List<?>) page.evaluate(LINKS));
            if (formChoices && landed.getRawQuery() == null) { // a filtered page's choices would multiply
                links.addAll((List<?>) page.evaluate(FORM_CHOICES));
            }
            for (Object link : links) {
                URI target = URI.create(((String) link).replaceAll("#.*$", ""));
                if (followed(target) && seen.add(key(target))) {
                    queue.add(relative(target));
                }
            }
        }
        System.out.println(
                "Signed-in pages visited as " + who + " (" + visited.size() + "):\n  " + String.join("\n  ", visited));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problems on the pages of " + who + ":\n"
                    + String.join("\n", new LinkedHashSet<>(problems)));
        }
    }

    /** The page at 390 px and at 1280 px: axe, screenshots, no sideways scrolling on a phone, and its words. */
    private List<String> check(Page page, String who, String name) {
        List<String> problems = new ArrayList<>();
        String shot = "signed-in-" + who + "-" + slug(name);
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            for (Accessibility.Violation violation : Accessibility.seriousViolations(page)) {
                problems.add(name + " at " + width + " px — axe: " + violation);
            }
            Browsers.screenshot(page, shot + "-" + width);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width == 390 && scrollWidth > 390) {
                problems.add(name + " at 390 px — scrolls sideways: " + scrollWidth + " px wide");
            }
        }
        page.setViewportSize(390, 844);
        for (Problem problem : PageWords.problems(page, name)) {
            problems.add(problem.toString());
        }
        return problems;
    }

    private boolean followed(URI target) {
        URI home = URI.create(url("/"));
        if (!"http".equals(target.getScheme())
                || !home.getHost().equals(target.getHost())
                || home.getPort() != target.getPort()) {
            return false;
        }
        String path = target.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return NOT_FOLLOWED.stream().noneMatch(path::startsWith) && !last.contains(".");
    }

    /**
     * What makes a page a page of its own: its path with record ids left out (one entry of each
     * kind is enough), and its query without empty fields and with one value for each {@link #CURSORS cursor}.
     */
    static String key(URI address) {
        String path = Arrays.stream(address.getPath().split("/"))
                .map(segment -> segment.matches("\\d+") ? "{id}" : segment)
                .collect(Collectors.joining("/"));
        return path + "?" + query(address, true);
    }

    /** The address within the application, without empty query fields. */
    private static String relative(URI address) {
        String query = query(address, false);
        return address.getPath() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String query(URI address, boolean asKey) {
        if (address.getRawQuery() == null) {
            return "";
        }
        return Arrays.stream(address.getRawQuery().split("&"))
                .filter(field -> !field.endsWith("=") && !field.isEmpty())
                .map(field -> asKey && CURSORS.contains(field.substring(0, Math.max(0, field.indexOf('='))))
                        ? field.substring(0, field.indexOf('=')) + "=*"
                        : field)
                .sorted(asKey ? String::compareTo : (a, b) -> 0)
                .collect(Collectors.joining("&"));
    }

    private static String slug(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 90 ? slug.substring(0, 90) : slug;
    }
}
