package dev.reload.progress;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthService;
import dev.reload.outcomes.PainTrendService;
import dev.reload.support.ApiAccounts;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * docs/benchmarks.md, "Progress page", end to end: the server time of {@code GET /progress} (the
 * page, Thymeleaf included) and {@code GET /api/v1/progress} for an account holding ten years of
 * a plan — a run and a check-in every day, four strength exercises three times a week — stored in
 * the database (in-memory H2, the test database), from the request to the last byte of the answer:
 * security, the one read of the plan and the log, the read model, the charts' JSON and the view.
 * Not a unit test: surefire skips it by its name; run it with {@code
 * -Dtest=ProgressPageBenchmark -Dreload.benchmark=true}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "reload.benchmark", matches = "true")
class ProgressPageBenchmark {

    static final int WEEKS = 522;
    static final int ROUNDS = 30;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProgressService progress;

    @Autowired
    private PainTrendService painTrend;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strengthWork;

    @Test
    void tenYearsOfDataAnswerInUnder200Milliseconds() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusWeeks(WEEKS).plusDays(1);
        Visitor person = new Visitor(mvc);
        String email = person.register("progress-benchmark", "Ten Years");
        long account = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
        MvcResult issued = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"))
                .andReturn();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        MvcResult plan = mvc.perform(post("/api/v1/plans")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0}""".formatted(start)))
                .andReturn();
        assertThat(plan.getResponse().getStatus()).isEqualTo(201);
        int[] stored = store(account, start);

        AccountId owner = new AccountId(account);
        double[] model = timeCall(() -> progress.progress(owner).state().name());
        double[] trend = timeCall(() -> painTrend.trend(owner).weeks().size());
        double[] log = timeCall(() -> sessions.all(owner).size()
                + checkIns.all(owner).size()
                + strengthWork.all(owner).size());
        double[] page = time(() -> person.perform(get("/progress")), "data-chart");
        double[] api = time(
                () -> mvc.perform(get("/api/v1/progress").header("Authorization", "Bearer " + token))
                        .andReturn(),
                "\"READY\"");

        System.out.printf(
                Locale.ROOT,
                "%d sessions, %d check-ins, %d strength entries over %d plan weeks; %d rounds after %d warm-ups:%n"
                        + "GET /progress         median %.1f ms, 90th percentile %.1f ms, max %.1f ms%n"
                        + "GET /api/v1/progress  median %.1f ms, 90th percentile %.1f ms, max %.1f ms%n"
                        + "inside: ProgressService.progress median %.1f ms, reading the whole log alone %.1f ms,"
                        + " PainTrendService.trend %.1f ms%n",
                stored[0],
                stored[1],
                stored[2],
                WEEKS,
                ROUNDS,
                ROUNDS,
                page[0],
                page[1],
                page[2],
                api[0],
                api[1],
                api[2],
                model[0],
                log[0],
                trend[0]);
        assertThat(page[0]).as("median server time of the page, ms").isLessThan(200);
        assertThat(api[0]).as("median server time of the API, ms").isLessThan(200);
    }

    /** Median, 90th percentile and maximum in ms of a request to the application, its body read, after a warm-up. */
    private double[] time(Call<MvcResult> request, String expected) {
        return timeCall(() -> {
            MvcResult result = request.perform();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).contains(expected);
            return result;
        });
    }

    /** Median, 90th percentile and maximum in ms of a call, after as many warm-up calls as measured ones. */
    private double[] timeCall(Call<?> call) {
        double[] millis = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            long started = System.nanoTime();
            try {
                assertThat(call.perform()).isNotNull();
            } catch (Exception e) {
                throw new AssertionError("the timed call failed", e);
            }
            if (round >= 0) {
                millis[round] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[ROUNDS / 2], millis[ROUNDS * 9 / 10], millis[ROUNDS - 1]};
    }

    /** Ten years as {@link ProgressBenchmark#tenYears} draws them, ending today, written in batches. */
    private int[] store(long account, LocalDate start) {
        return ProgressBenchmark.tenYears(42, start).store(jdbc, account);
    }

    /** A timed call: a request, or a service call inside the application. */
    @FunctionalInterface
    private interface Call<T> {
        T perform() throws Exception;
    }
}
