package dev.reload.history.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The import page, its progress fragment, "What went wrong", and rating an imported session on Today. */
@ApplicationTest
class HistoryPagesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    private Visitor visitor;
    private String token;

    @BeforeEach
    void signedIn() throws Exception {
        String email = "history-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD
                        + "\",\"displayName\":\"Ana\"}"));
        token = JsonPath.read(
                mvc.perform(post("/api/v1/tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        visitor = new Visitor(mvc);
        visitor.perform(get("/login"));
        MvcResult login = visitor.perform(
                post("/login").with(csrf()).param("email", email).param("password", ApiAccounts.PASSWORD));
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void uploadsAFileFromThePageAndShowsItsProgressThenTheResultWithFailures() throws Exception {
        assertThat(page("/history/import"))
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"file\"");

        MvcResult uploaded = visitor.perform(multipart("/history/import")
                .file(new MockMultipartFile(
                        "file", "Settings.fit", "application/octet-stream", ImportTestFiles.fit("Settings.fit")))
                .with(csrf()));
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/history/import?id=");
        String id = location.substring(location.indexOf('=') + 1);

        String fragment = awaitFinishedFragment(id);
        assertThat(fragment)
                .contains("<progress")
                .contains("Settings.fit")
                .contains("not an activity file")
                .doesNotContain("hx-trigger")
                .doesNotContain("<html");
        assertThat(page(location)).contains("Settings.fit").contains("0 imported");
    }

    @Test
    void anotherAccountsProgressIsNotFound() throws Exception {
        String other = ApiAccounts.newToken(mvc);
        MvcResult created = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "a.fit",
                                "application/octet-stream",
                                ImportTestFiles.fit("garmin-fenix-5-walk.fit")))
                        .header("Authorization", "Bearer " + other))
                .andReturn();
        String id = String.valueOf((Object) JsonPath.read(created.getResponse().getContentAsString(), "$.id"));
        assertThat(visitor.perform(get("/history/import/" + id + "/progress"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void showsTheEightWeeksBeforeThePainBeganWithTheSpikeMarkedInWordsAndNumbers() throws Exception {
        LocalDate onset = LocalDate.now().minusDays(3);
        api(post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0,"painOnset":"%s"}""".formatted(LocalDate.now(), onset));
        LocalDate monday = onset.with(java.time.DayOfWeek.MONDAY).minusWeeks(7);
        for (int w = 0; w < 8; w++) {
            double perRun = w < 5 ? 4 : w == 5 ? 4.5 : 6.5;
            for (int d : new int[] {0, 2, 4}) {
                LocalDate day = monday.plusWeeks(w).plusDays(d);
                if (!day.isAfter(onset)) {
                    api(post("/api/v1/sessions"), """
                            {"date":"%s","activity":"RUN","volume":%s,"rpe":4,"painDuring":1,"painAfter":1}""".formatted(day, perRun));
                }
            }
        }
        String html = page("/history");
        assertThat(html)
                .contains("id=\"history-chart\"")
                .contains("data-chart=")
                .contains("/dist/chart.umd.js")
                .containsPattern("/js/history-chart-[0-9a-f]{32}\\.js")
                .contains("data-testid=\"history-weeks\"")
                .contains("R6.two-week-spike")
                .contains("R6.weekly-jump")
                .contains("10 % rule")
                .contains("Nielsen")
                .contains(
                        "<a href=\"/library/conditions/overuse-knee-pain#what-often-sets-it-off\">Why, in the library</a>");
        assertThat(html).doesNotContain("<script>").doesNotContain("style=\"");
        // the chart's axis writes each week as the table does, and the key explains the red weeks
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<th scope=\"row\">([^<]+)</th>")
                .matcher(html);
        java.util.List<String> tableWeeks = new java.util.ArrayList<>();
        while (rows.find()) {
            tableWeeks.add(rows.group(1));
        }
        assertThat(tableWeeks).hasSize(8);
        String chart = org.springframework.web.util.HtmlUtils.htmlUnescape(html.substring(
                html.indexOf("data-chart=\"") + 12, html.indexOf("\"", html.indexOf("data-chart=\"") + 12)));
        assertThat((java.util.List<String>) com.jayway.jsonpath.JsonPath.read(chart, "$.labels"))
                .containsExactlyElementsOf(tableWeeks);
        assertThat(html)
                .contains("a week with a finding, explained below")
                .contains(
                        "class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"history-weeks-caption\"");
    }

    @Test
    void withNothingLoggedBeforeThePainBeganThereIsNoEmptyChartOnlyTheWordsThatSaySo() throws Exception {
        api(post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0,"painOnset":"%s"}""".formatted(
                        LocalDate.now(), LocalDate.now().minusDays(3)));
        String html = page("/history");
        assertThat(html)
                .contains("Nothing is logged or imported in these 8 weeks")
                .doesNotContain("id=\"history-chart\"")
                .doesNotContain("data-testid=\"history-weeks\"");
    }

    @Test
    void listsAnImportedSessionOnTodayAndTakesItsPainInOneTap() throws Exception {
        api(post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"WALK","unit":"KM","startDate":"2017-06-05",
                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0,"phase":"RETURN"}""");
        MvcResult created = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "garmin-fenix-5-walk.fit",
                                "application/octet-stream",
                                ImportTestFiles.fit("garmin-fenix-5-walk.fit")))
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        String id = String.valueOf((Object) JsonPath.read(created.getResponse().getContentAsString(), "$.id"));
        awaitFinishedFragment(id);

        String today = page("/today");
        assertThat(today).contains("data-testid=\"unrated\"").contains("garmin-fenix-5-walk.fit");
        String sessions = mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2027-12-31")
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int sessionId = JsonPath.read(sessions, "$[0].id");

        MvcResult refused = visitor.perform(post("/log/sessions/" + sessionId + "/pain")
                .with(csrf())
                .param("painDuring", "12")
                .param("painAfter", "1"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/today?rateError#pain-" + sessionId);
        assertThat(page("/today?rateError"))
                .contains("Nothing was saved: Pain during must be 0–10.")
                .contains("data-testid=\"unrated\"");

        MvcResult rated = visitor.perform(post("/log/sessions/" + sessionId + "/pain")
                .with(csrf())
                .param("painDuring", "2")
                .param("painAfter", "1"));
        assertThat(rated.getResponse().getRedirectedUrl()).isEqualTo("/today?rated");
        assertThat(page("/today")).doesNotContain("data-testid=\"unrated\"");
        String after = mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2027-12-31")
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<Integer>) JsonPath.read(after, "$[*].painDuring")).containsExactly(2);

        String stranger = "history-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + stranger + "\",\"password\":\"" + ApiAccounts.PASSWORD
                        + "\",\"displayName\":\"X\"}"));
        Visitor other = new Visitor(mvc);
        other.perform(get("/login"));
        other.perform(post("/login").with(csrf()).param("email", stranger).param("password", ApiAccounts.PASSWORD));
        assertThat(other.perform(post("/log/sessions/" + sessionId + "/pain")
                                .with(csrf())
                                .param("painDuring", "9")
                                .param("painAfter", "9"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(String path) throws Exception {
        MvcResult result = visitor.perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private void api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(201);
    }

    private String awaitFinishedFragment(String id) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            MvcResult result = visitor.perform(get("/history/import/" + id + "/progress"));
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            String html = result.getResponse().getContentAsString();
            if (html.contains("data-status=\"DONE\"") || html.contains("data-status=\"FAILED\"")) {
                return html;
            }
            assertThat(System.currentTimeMillis()).isLessThan(until);
            Thread.sleep(50);
        }
    }
}
