package dev.reload.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

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
        int[] stored = store(account, start, today);

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

    /** Median, 90th percentile and maximum in ms of a call inside the application, after a warm-up. */
    private double[] timeCall(Supplier<Object> call) {
        double[] millis = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            long started = System.nanoTime();
            assertThat(call.get()).isNotNull();
            if (round >= 0) {
                millis[round] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[ROUNDS / 2], millis[ROUNDS * 9 / 10], millis[ROUNDS - 1]};
    }

    /** Median, 90th percentile and maximum in ms, after as many warm-up requests as measured ones. */
    private double[] time(Request request, String expected) throws Exception {
        double[] millis = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            long started = System.nanoTime();
            MvcResult result = request.perform();
            String body = result.getResponse().getContentAsString();
            double took = (System.nanoTime() - started) / 1e6;
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(body).contains(expected);
            if (round >= 0) {
                millis[round] = took;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[ROUNDS / 2], millis[ROUNDS * 9 / 10], millis[ROUNDS - 1]};
    }

    /** Ten years as {@link ProgressBenchmark#tenYears} draws them, written in batches. */
    private int[] store(long account, LocalDate start, LocalDate today) {
        Random random = new Random(42);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> checkIns = new ArrayList<>();
        List<Object[]> strength = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            int pain = random.nextInt(10) < 8 ? random.nextInt(3) : random.nextInt(7);
            double km = 2 + random.nextInt(8) * 0.5;
            sessions.add(new Object[] {
                account, Date.valueOf(day), BigDecimal.valueOf(km), 4, pain, Math.min(10, pain + random.nextInt(2)), now
            });
            checkIns.add(new Object[] {account, Date.valueOf(day), random.nextInt(10) < 9 ? 1 : 3, now});
            int weekday = (int) (ChronoUnit.DAYS.between(start, day) % 7);
            if (weekday == 0 || weekday == 2 || weekday == 4) {
                for (String exercise : ProgressBenchmark.EXERCISES) {
                    double kg = exercise.startsWith("S") && !exercise.equals("SIDE_PLANK")
                            ? 10 + random.nextInt(5) * 2.5
                            : 0;
                    strength.add(new Object[] {
                        account,
                        Date.valueOf(day),
                        exercise,
                        10 + random.nextInt(6),
                        BigDecimal.valueOf(kg),
                        random.nextInt(5),
                        now
                    });
                }
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, rpe, pain_during,"
                        + " pain_after, source, created_at) VALUES (?, ?, 'RUN', ?, 'KM', ?, ?, ?, 'MANUAL', ?)",
                sessions);
        jdbc.batchUpdate(
                "INSERT INTO check_in (account_id, check_in_date, morning_pain, created_at) VALUES (?, ?, ?, ?)",
                checkIns);
        jdbc.batchUpdate(
                "INSERT INTO strength_set (account_id, set_date, exercise, sets, reps, load_kg, pain_during, created_at)"
                        + " VALUES (?, ?, ?, 3, ?, ?, ?, ?)",
                strength);
        return new int[] {sessions.size(), checkIns.size(), strength.size()};
    }

    @FunctionalInterface
    private interface Request {
        MvcResult perform() throws Exception;
    }
}
