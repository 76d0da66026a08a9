package dev.reload.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.AdviceService;
import dev.reload.generator.Generator.Generated;
import dev.reload.generator.SyntheticAccount.CheckInRow;
import dev.reload.generator.SyntheticAccount.SessionRow;
import dev.reload.generator.SyntheticAccount.StrengthRow;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Plausible;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.ShoeService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.log.WholeLogService;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.progress.ProgressService;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The data generator on each database Reload runs on (subclasses pick it): a few accounts with a
 * few months of log, each of which signs in and gets its Today page, whose derived API token gets
 * its advice, whose rows read back through the features' services as they were made, and whose
 * every value passes the application's own validation; the same seed makes the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratorContract {

    private static final int FIRST = 90_001;
    private static final int ACCOUNTS = 3;
    private static final long SEED = 42;
    private static final double YEARS = 0.25;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private ExerciseLibrary library;

    @Autowired
    private JsonMapper json;

    @Autowired
    private Clock clock;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock personalClock;

    @Autowired
    private PlanService plans;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strength;

    @Autowired
    private ShoeService shoes;

    @Autowired
    private WholeLogService wholeLog;

    @Autowired
    private AdviceService advice;

    @Autowired
    private ProgressService progress;

    @Autowired
    private Validator validator;

    @Autowired
    private JdbcTemplate jdbc;

    private Generator generator;
    private Generated generated;
    private GenerateProperties settings;

    @BeforeAll
    void generateAFewAccounts(@TempDir Path dir) throws Exception {
        generator = new Generator(dataSource, passwords, library, json, clock);
        settings = new GenerateProperties(ACCOUNTS, YEARS, SEED, 2, FIRST, 2, dir.resolve("tokens.csv"));
        generated = generator.generate(settings);
    }

    @Test
    void writesEveryTableItSaysAndEndsToday() {
        assertThat(generated.accounts()).isEqualTo(ACCOUNTS);
        assertThat(generated.rows())
                .containsEntry("account", (long) ACCOUNTS)
                .containsEntry("plan", (long) ACCOUNTS)
                .containsEntry("screening", (long) ACCOUNTS)
                .containsEntry("api_token", (long) ACCOUNTS)
                .containsEntry("import_job", (long) ACCOUNTS);
        assertThat(generated.rows().get("check_in")).isGreaterThan(ACCOUNTS * 50L);
        assertThat(generated.rows().get("activity_session")).isGreaterThan(ACCOUNTS * 20L);
        assertThat(generated.rows().get("strength_set")).isGreaterThan(ACCOUNTS * 30L);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM check_in c JOIN account a ON a.id = c.account_id"
                                + " WHERE a.email LIKE 'load-9%@generated.reload.example'",
                        Long.class))
                .isEqualTo(generated.rows().get("check_in"));
    }

    @Test
    void everyAccountSignsInAndGetsItsTodayPageAndItsAdvice() throws Exception {
        for (int n = FIRST; n < FIRST + ACCOUNTS; n++) {
            String email = Synthesis.email(n);
            Visitor visitor = new Visitor(mvc);
            visitor.perform(get("/login"));
            MvcResult login = visitor.perform(
                    post("/login").with(csrf()).param("email", email).param("password", Synthesis.PASSWORD));
            assertThat(login.getResponse().getRedirectedUrl()).as(email).isEqualTo("/");
            MvcResult today = visitor.perform(get("/today"));
            assertThat(today.getResponse().getStatus()).as(email).isEqualTo(200);
            assertThat(today.getResponse().getContentAsString()).contains("<h1>Hello, ");

            MvcResult answer = mvc.perform(
                            get("/api/v1/advice").header("Authorization", "Bearer " + Synthesis.apiToken(SEED, n)))
                    .andReturn();
            assertThat(answer.getResponse().getStatus()).as(email).isEqualTo(200);
            assertThat(answer.getResponse().getContentAsString()).contains("\"light\"", "\"nextSession\"");
        }
        assertThat(mvc.perform(get("/api/v1/advice").header("Authorization", "Bearer " + Synthesis.apiToken(7, FIRST)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a token of another seed")
                .isEqualTo(401);
    }

    @Test
    void theTokensFileNamesEveryAccountWithItsToken() throws Exception {
        GeneratorConfiguration.writeTokens(settings);
        List<String> lines = Files.readAllLines(settings.tokensFile());
        assertThat(lines).hasSize(ACCOUNTS + 1).first().isEqualTo("number,email,token");
        assertThat(lines.get(1))
                .isEqualTo(FIRST + "," + Synthesis.email(FIRST) + "," + Synthesis.apiToken(SEED, FIRST));
    }

    @Test
    void theRowsReadBackThroughTheServicesAsTheyWereMade() {
        for (int n = FIRST; n < FIRST + ACCOUNTS; n++) {
            AccountId id = ((AccountPrincipal) accounts.loadUserByUsername(Synthesis.email(n))).accountId();
            SyntheticAccount made = remade(n, id);
            PlanView plan = plans.active(id).orElseThrow();
            assertThat(plan.entry().condition()).isEqualTo(made.plan().condition());
            assertThat(plan.entry().startDate()).isEqualTo(made.plan().startDate());
            assertThat(plans.screenings(id)).hasSize(1);
            assertThat(sessions.all(id)).hasSize(made.sessions().size());
            assertThat(checkIns.all(id)).hasSize(made.checkIns().size());
            assertThat(strength.all(id))
                    .extracting(s ->
                            s.date() + " " + s.exercise() + " " + s.loadKg().stripTrailingZeros())
                    .containsExactlyElementsOf(made.strength().stream()
                            .map(s -> s.date() + " " + s.exercise() + " "
                                    + s.loadKg().stripTrailingZeros())
                            .toList());
            assertThat(shoes.all(id)).hasSize(made.shoes().size());
            LocalDate today = personalClock.today(id);
            assertThat(made.checkIns().get(made.checkIns().size() - 1).date()).isEqualTo(today);
            assertThat(advice.adviceFor(id, today)).isPresent();
            assertThat(progress.progress(id)).isNotNull();
            assertThat(wholeLog.page(id, new dev.reload.log.LogFilter(null, null, null), null, null)
                            .days())
                    .isNotEmpty();
        }
    }

    @Test
    void everyValuePassesTheApplicationsOwnValidation() {
        for (int n = FIRST; n < FIRST + ACCOUNTS; n++) {
            SyntheticAccount made = generator.synthesize(SEED, "hash", n, settings.days(), clock.instant());
            AssessmentEntry assessment = made.plan().assessmentJson() == null
                    ? null
                    : json.readValue(made.plan().assessmentJson(), AssessmentEntry.class);
            valid(new PlanEntry(
                    made.plan().condition(),
                    made.plan().targetActivity(),
                    made.plan().unit(),
                    made.plan().startDate(),
                    made.plan().weeklyGoal(),
                    made.plan().sessionsPerWeek(),
                    made.plan().progressionPercent(),
                    made.plan().tolerableDose(),
                    null,
                    made.plan().painOnset(),
                    assessment));
            for (SessionRow s : made.sessions()) {
                assertThat(s.volume().doubleValue()).isBetween(0.0, (double) Plausible.sessionVolume(s.unit()));
                if (!s.imported()) {
                    valid(new SessionEntry(
                            s.date(),
                            s.activity(),
                            s.volume(),
                            s.rpe(),
                            s.painDuring(),
                            s.painAfter(),
                            s.durationSec() / 60,
                            s.avgPaceSecPerKm(),
                            s.surface(),
                            s.shoes(),
                            s.unit(),
                            null));
                } else {
                    assertThat(s.startedAt()).isNotNull();
                    assertThat(s.source()).startsWith("activities/");
                }
            }
            for (CheckInRow c : made.checkIns()) {
                valid(new CheckInEntry(
                        c.date(), c.morningPain(), c.morningStiffness(), c.sleepHours(), c.stress(), c.notes()));
            }
            for (StrengthRow s : made.strength()) {
                assertThat(library.contains(s.exercise())).as(s.exercise()).isTrue();
                valid(new StrengthEntry(
                        s.date(),
                        s.exercise(),
                        s.sets(),
                        s.reps(),
                        s.loadKg(),
                        s.painDuring(),
                        s.holdSec(),
                        s.tempo()));
            }
        }
    }

    @Test
    void theSameSeedMakesTheSameRowsAndAnotherSeedOthers() {
        Instant now = clock.instant();
        SyntheticAccount once = generator.synthesize(SEED, "hash", FIRST, 400, now);
        SyntheticAccount again = generator.synthesize(SEED, "hash", FIRST, 400, now);
        SyntheticAccount otherSeed = generator.synthesize(SEED + 1, "hash", FIRST, 400, now);
        SyntheticAccount otherNumber = generator.synthesize(SEED, "hash", FIRST + 1, 400, now);
        assertThat(again).isEqualTo(once);
        assertThat(otherSeed.sessions()).isNotEqualTo(once.sessions());
        assertThat(otherNumber.checkIns()).isNotEqualTo(once.checkIns());
        assertThat(once.token().tokenHash()).isNotEqualTo(otherSeed.token().tokenHash());
        // A day later the same story is one day longer.
        SyntheticAccount tomorrow = generator.synthesize(SEED, "hash", FIRST, 401, now.plus(Duration.ofDays(1)));
        assertThat(tomorrow.plan().condition()).isEqualTo(once.plan().condition());
    }

    @Test
    void refusesToGenerateAnAccountThatIsThere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate(settings))
                .hasMessageContaining(Synthesis.email(FIRST))
                .hasMessageContaining("exists already");
    }

    /** The rows the generator made for account {@code n} (the same seed and moment give the same). */
    private SyntheticAccount remade(int n, AccountId id) {
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, id.value());
        Instant made = jdbc.queryForObject(
                        "SELECT created_at FROM api_token WHERE account_id = ?", OffsetDateTime.class, id.value())
                .toInstant();
        return generator.synthesize(SEED, hash, n, settings.days(), made);
    }

    private void valid(Object entry) {
        Set<ConstraintViolation<Object>> problems = validator.validate(entry);
        assertThat(problems).as(entry.toString()).isEmpty();
    }
}
