package dev.reload.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.reload.account.AccountAccess;
import dev.reload.account.AccountRoles;
import dev.reload.account.AccountService;
import dev.reload.account.ApiTokenService;
import dev.reload.account.PasswordResets;
import dev.reload.account.PersonalClock;
import dev.reload.account.Registrations;
import dev.reload.account.TwoStepService;
import dev.reload.advice.AdviceConfiguration;
import dev.reload.advice.AdviceService;
import dev.reload.advice.TodayService;
import dev.reload.advice.WhatIf;
import dev.reload.calendar.CalendarFeedService;
import dev.reload.calendar.FeedThrottle;
import dev.reload.clinic.AuditTrail;
import dev.reload.clinic.ClinicNotes;
import dev.reload.clinic.ClinicService;
import dev.reload.clinic.Dashboard;
import dev.reload.clinic.PatientGate;
import dev.reload.exercises.ExerciseCatalogue;
import dev.reload.exercises.ExercisesConfiguration;
import dev.reload.history.HistoryService;
import dev.reload.history.ImportService;
import dev.reload.library.Library;
import dev.reload.library.LibraryConfiguration;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.log.ShoeService;
import dev.reload.log.StrengthService;
import dev.reload.log.WholeLogService;
import dev.reload.outcomes.OutcomeCharts;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.PainTrendService;
import dev.reload.plan.KnobWords;
import dev.reload.plan.OnboardingDrafts;
import dev.reload.plan.PlanPhases;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanTuning;
import dev.reload.privacy.AccountDeletion;
import dev.reload.privacy.DataExport;
import dev.reload.progress.ProgressCharts;
import dev.reload.progress.ProgressService;
import dev.reload.report.ReportService;
import dev.reload.system.web.ProblemResponses;
import dev.reload.system.web.PublicAddress;
import dev.reload.system.web.ScaleOptions;

/**
 * A {@code @WebMvcTest} slice of the whole web layer as the application has it: every controller
 * and controller advice (among them {@code LayoutModel}), the two security filter chains of
 * {@code system.security} with CSRF and the login entry point, Thymeleaf with the layout and
 * {@code messages.properties}, validation and the JSON mapper. There is no database: the feature
 * services are Mockito mocks, reset after each test; the exercise library, the knee-health library
 * and the adviser engine are the real, read-only ones; the clock stands still at {@link WebSlice#TODAY} (the person's
 * day by the real {@code PersonalClock}: UTC unless a test stubs {@code AccountService.timeZone}).
 *
 * <p>Every test class with this annotation gets the same configuration, so Spring builds one
 * context for all of them and caches it. A test takes the mocks it stubs with {@code @Autowired}
 * and signs in with {@link WebSlice#signedIn()}. A controller that needs another service adds it
 * to {@code types} here, not to a test class (that would make a context of its own). The slice
 * generates the application's OpenAPI document too (springdoc and the document's customizers), and
 * every exchange under {@code /api/} is validated against it ({@link ApiContract}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        includeFilters = {
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.reload\\.system\\.security\\..*"),
            // the OpenAPI document's customizers, so that the slice generates the application's document
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.reload\\..*OpenApi(Contract|Examples)")
        },
        // the mocked AccountService is the one UserDetailsService, as in the application
        excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class)
@ImportAutoConfiguration({
    SpringDocConfiguration.class,
    SpringDocConfigProperties.class,
    SpringDocWebMvcConfiguration.class,
    SpringDocSpecPropertiesConfiguration.class
})
@Import({
    ApiContract.Validation.class,
    WebSlice.FixedClock.class,
    WebSlice.Metrics.class,
    PersonalClock.class,
    ProblemResponses.class,
    ExercisesConfiguration.class,
    ExerciseCatalogue.class,
    AdviceConfiguration.class,
    FeedThrottle.class,
    OutcomeCharts.class,
    ProgressCharts.class,
    LibraryConfiguration.class,
    Library.class,
    PublicAddress.class,
    KnobWords.class,
    ScaleOptions.class
})
@MockitoBean(
        types = {
            AccountService.class,
            AccountRoles.class,
            AccountAccess.class,
            PasswordResets.class,
            Registrations.class,
            ApiTokenService.class,
            TwoStepService.class,
            TodayService.class,
            AdviceService.class,
            PlanService.class,
            OnboardingDrafts.class,
            PlanPhases.class,
            PlanTuning.class,
            WhatIf.class,
            SessionService.class,
            WholeLogService.class,
            CheckInService.class,
            StrengthService.class,
            ShoeService.class,
            ImportService.class,
            HistoryService.class,
            CalendarFeedService.class,
            OutcomeService.class,
            PainTrendService.class,
            ProgressService.class,
            ReportService.class,
            ClinicService.class,
            Dashboard.class,
            AuditTrail.class,
            ClinicNotes.class,
            PatientGate.class,
            DataExport.class,
            AccountDeletion.class
        })
public @interface WebSliceTest {}
