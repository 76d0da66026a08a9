package dev.reload.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.ApiTokenService;
import dev.reload.account.Role;
import dev.reload.advice.RecentFindings.RuleFinding;
import dev.reload.advice.RecentFindingsService;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeService;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressService;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The report for a clinician, rendered for a seeded account and read back with PDFBox: the key
 * facts are in its text, its charts are vector paths (no image), and the API and the website send
 * it as a PDF download to its owner only.
 */
@ApplicationTest
class ReportIntegrationTests {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApiTokenService tokens;

    @Autowired
    private PlanService plans;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private RecentFindingsService findings;

    @Autowired
    private StrengthService strength;

    @Autowired
    private ProgressService progress;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void holdsTheKeyFactsOfFiveWeeksOfARecovery() throws Exception {
        AccountId id = account("Robin Quayle");
        LocalDate start = today.minusDays(30); // today is in plan week 5
        plans.create(
                id,
                plan(start, new AssessmentEntry(20, null, null, null, null, null, null, null, null, 34, null, null)));
        plans.screen(id, new ScreeningEntry(start, List.of()));
        LocalDate flagged = today.minusDays(9);
        plans.screen(id, new ScreeningEntry(flagged, List.of(RedFlag.CATCHING)));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            boolean early = day.isBefore(start.plusWeeks(2));
            checkIns.record(id, new CheckInEntry(day, early ? 5 : 2, null, null, null, null));
            if (day.getDayOfWeek().getValue() % 2 == 1) {
                sessions.add(id, session(day, "3", early ? 3 : 1));
            }
        }
        // split squats 8, 10, 12, then back to 10 kg (a step down); clamshells 10 then 12 reps
        double[] squatKg = {8, 10, 12, 10};
        for (int i = 0; i < squatKg.length; i++) {
            strength.add(id, set(start.plusDays(2 + 7L * i), "SPLIT_SQUAT", 10, squatKg[i]));
        }
        strength.add(id, set(start.plusDays(2), "CLAMSHELL", 10, 0));
        strength.add(id, set(start.plusDays(9), "CLAMSHELL", 12, 0));
        outcomes.record(
                id,
                new OutcomeEntry(
                        start.plusDays(1),
                        null,
                        Map.of("P1", 1, "P2", 1, "P3", 2, "P4", 1, "P5", 0, "P6", 2, "P7", 0, "P8", 1, "P9", 1)));

        byte[] pdf = download(id);
        String text = text(pdf);

        assertThat(text)
                .contains("Robin Quayle")
                .contains("Age 34 years, as they gave it")
                .contains("R8.hip")
                .contains("Kneecap pain (patellofemoral pain), as the person chose it")
                .contains("Plan week 5, from")
                .containsPattern("Phase (Settle|Return|Maintain):")
                .contains(LONG.format(flagged) + " The knee catches or clicks painfully as it moves")
                .contains(LONG.format(start) + " No to all twelve")
                .contains("KOOS Pain 75.0")
                .contains("Education, not diagnosis.")
                .contains("Morning pain, weekly mean")
                .contains("Weekly volume of the goal activity")
                .contains("Plan weeks 1 to 5:");
        RuleFinding finding = findings.between(id, today.minusDays(27), today)
                .orElseThrow()
                .findings()
                .get(0);
        assertThat(text).contains(finding.rule()).contains("Source: " + oneLine(finding.source()));
        assertThat(PdfPages.fontNames(pdf))
                .as("only the embedded DejaVu Sans, which has every character we print")
                .isNotEmpty()
                .allMatch(font -> font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        assertThat(PdfPages.imageCount(pdf)).as("images in the report").isZero();
        assertThat(PdfPages.formSegments(pdf))
                .as("the volume, the weekly pain, the daily pain, the ratio, the strength and the adherence"
                        + " chart, each drawn as a form of vector paths")
                .hasSize(6)
                .allSatisfy(segments -> assertThat(segments).isGreaterThan(200));

        // pain day by day: the sessions of the first two weeks were followed by mornings at 5
        long edgeDays = start.datesUntil(start.plusDays(13))
                .filter(day -> day.getDayOfWeek().getValue() % 2 == 1)
                .count();
        assertThat(text)
                .contains("Pain and the amount of the goal activity, day by day")
                .contains(DAY.format(start) + " to " + DAY.format(today) + ": dots are the worst pain")
                .contains("Days with pain at the edge (4–5): " + edgeDays + "; none reached 6.");
        // the ratio, as the progress read model has it on its last day
        Progress course = progress.progress(id, today);
        Progress.RatioDay lastRatio = course.ratio().stream()
                .filter(r -> r.ratio() != null)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(text)
                .contains("Acute:chronic load ratio, day by day")
                .contains("dashed lines at 0.8, 1.3 and 1.5")
                .contains("On " + DAY.format(lastRatio.date()) + " it was "
                        + String.format(Locale.ROOT, "%.2f", lastRatio.ratio()) + ".");
        // strength: three steps up (10, 12 kg; 12 reps) and the step down in the fourth week
        String squats = course.strength().stream()
                .filter(line ->
                        line.points().stream().anyMatch(p -> p.exercise().equals("SPLIT_SQUAT")))
                .findFirst()
                .orElseThrow()
                .name();
        assertThat(text)
                .contains("Strength work by exercise")
                .contains(DAY.format(start.plusDays(2)) + " to " + DAY.format(start.plusDays(23))
                        + ", 4 days with strength work")
                .contains("Steps up: 3.")
                .contains("Steps down: 1 (" + squats + " on " + DAY.format(start.plusDays(23)) + ").");
        // adherence: five plan weeks of 3 sessions; a run on every odd weekday, strength on 4 days
        long runs = start.datesUntil(today.plusDays(1))
                .filter(day -> day.getDayOfWeek().getValue() % 2 == 1)
                .count();
        int plannedStrength = course.adherence().stream()
                .mapToInt(Progress.AdherenceWeek::plannedStrength)
                .sum();
        assertThat(text)
                .contains("Planned and done, by plan week")
                .contains("Plan weeks 1 to 5: the bars are the sessions")
                .contains("Done in these weeks: " + runs + " of 15 sessions and 4 of " + plannedStrength
                        + " strength days.");
        // each finding's rule links to the library page that explains it, on the site's address
        assertThat(links(pdf))
                .contains("http://localhost/library/conditions/overuse-knee-pain#what-often-sets-it-off")
                .allMatch(link -> link.startsWith("http://localhost/library/"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-seeded.pdf"), pdf);
    }

    @Test
    void aNewAccountWithOneDayGetsAShortReportThatSaysWhatIsMissing() throws Exception {
        AccountId id = account("Sam Newcomb");
        plans.create(id, plan(today));
        plans.screen(id, new ScreeningEntry(today, List.of()));
        checkIns.record(id, new CheckInEntry(today, 3, null, null, null, null));

        byte[] pdf = download(id);
        String text = text(pdf);

        assertThat(PdfPages.formSegments(pdf)).as("no chart drawn").isEmpty();
        assertThat(text)
                .contains("Sam Newcomb")
                .contains("Plan week 1, from")
                .contains("No chart yet")
                .contains(LONG.format(today) + " No to all twelve")
                .contains("Knee questionnaires")
                .contains("None entered.")
                .contains("Education, not diagnosis.");
    }

    @Test
    void aLongPlanShowsItsLastHalfYearSoThatTheReportStaysShort() throws Exception {
        AccountId id = account("Lee Longhaul");
        LocalDate start = today.minusWeeks(59).minusDays(3); // today is in plan week 60
        plans.create(id, plan(start));
        plans.screen(id, new ScreeningEntry(start, List.of()));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            checkIns.record(id, new CheckInEntry(day, 1, null, null, null, null));
            if (day.getDayOfWeek().getValue() % 2 == 1) {
                sessions.add(id, session(day, "3", 1));
            }
        }

        byte[] pdf = download(id);
        String text = text(pdf);

        assertThat(text).contains("Plan week 60, from").contains("Plan weeks 35 to 60:");
        assertThat(text)
                .containsPattern(" 35 \\d+ [A-Z][a-z]{2} – ")
                .doesNotContain(" 34 " + DAY.format(start.plusWeeks(33)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void anAccountWithoutAPlanStillGetsItsScreensAndSaysThereIsNoPlan() throws Exception {
        AccountId id = account("Alex Noplan");
        plans.screen(id, new ScreeningEntry(today, List.of(RedFlag.HOT_SWOLLEN_FEVER)));

        String text = text(download(id));

        assertThat(text)
                .contains("No active plan.")
                .contains("The knee is hot, red and swollen, and you have a fever or feel unwell (urgent care)")
                .contains("No findings: they need an active plan.");
    }

    @Test
    void theApiSendsItAsAPdfToSaveAndRefusesWithoutAToken() throws Exception {
        AccountId id = account("Kim Api");
        String token = tokens.issue(id, "report test").token();

        MvcResult answer = ApiCalls.send(mvc, token, get("/api/v1/report.pdf"), null, 200);

        assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"reload-report-" + today + ".pdf\"");
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(text(answer.getResponse().getContentAsByteArray())).contains("Kim Api");

        MvcResult refused = mvc.perform(get("/api/v1/report.pdf").with(malformedOnPurpose()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        ApiCalls.send(mvc, "not-a-token", get("/api/v1/report.pdf").with(malformedOnPurpose()), null, 401);
    }

    @Test
    void thePlanPageOffersTheDownloadOnTheSignedInSession() throws Exception {
        Visitor person = new Visitor(mvc);
        String email = person.register("report", "Jo Browser");
        AccountId id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        plans.create(id, plan(today));

        String page = person.perform(get("/plan")).getResponse().getContentAsString();
        MvcResult pdf = person.perform(get("/report.pdf"));

        assertThat(page).contains("href=\"/report.pdf\"").contains("Download a report for your clinician");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(text(pdf.getResponse().getContentAsByteArray())).contains("Jo Browser");
        assertThat(new Visitor(mvc).perform(get("/report.pdf")).getResponse().getStatus())
                .as("signed out: sent to the login page")
                .isEqualTo(302);
    }

    private AccountId account(String name) {
        String email = "report-" + UUID.randomUUID() + "@example.org";
        return accounts.register(new Registration(email, name, "amber-tundra-whistle", Role.PATIENT))
                .id();
    }

    private byte[] download(AccountId id) throws Exception {
        String token = tokens.issue(id, "report").token();
        return ApiCalls.send(mvc, token, get("/api/v1/report.pdf"), null, 200)
                .getResponse()
                .getContentAsByteArray();
    }

    private static PlanEntry plan(LocalDate start) {
        return plan(start, null);
    }

    private static PlanEntry plan(LocalDate start, AssessmentEntry assessment) {
        return new PlanEntry(
                Condition.PATELLOFEMORAL_PAIN,
                Activity.RUN,
                VolumeUnit.KM,
                start,
                new BigDecimal("20"),
                3,
                null,
                new BigDecimal("3"),
                null,
                null,
                assessment);
    }

    private static StrengthEntry set(LocalDate day, String exercise, int reps, double kg) {
        return new StrengthEntry(day, exercise, 3, reps, BigDecimal.valueOf(kg), 1, null, null);
    }

    private static SessionEntry session(LocalDate day, String km, int pain) {
        return new SessionEntry(
                day, Activity.RUN, new BigDecimal(km), 4, pain, pain, null, null, null, null, null, null);
    }

    /** The addresses the PDF's link annotations open, page by page. */
    static List<String> links(byte[] pdf) throws IOException {
        List<String> links = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        return links;
    }

    /** The PDF's text with every run of white space as one space, so that wrapped lines read on. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return oneLine(new PDFTextStripper().getText(document));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
