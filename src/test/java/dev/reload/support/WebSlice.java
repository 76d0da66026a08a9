package dev.reload.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.TestAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** What {@link WebSliceTest} tests share: the day they run on and the person signed in. */
public final class WebSlice {

    /** The day the slice's clock shows: Wednesday 11 March 2026. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    /** The person signed in by {@link #signedIn()}: Noor, a patient. */
    public static final AccountPrincipal NOOR = TestAccounts.patient(42, "Noor");

    /** Noor's account. */
    public static final AccountId ME = NOOR.accountId();

    /** Someone else, whose entries Noor must never see. */
    public static final AccountPrincipal STRANGER = TestAccounts.patient(43, "Ola");

    private WebSlice() {}

    /** Signs the request in as {@link #NOOR}, as the login form would: an {@link AccountPrincipal}. */
    public static RequestPostProcessor signedIn() {
        return signedInAs(NOOR);
    }

    public static RequestPostProcessor signedInAs(AccountPrincipal principal) {
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** The application's one clock, stopped at 08:00 UTC on {@link #TODAY}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atTime(LocalTime.of(8, 0)).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    /** A meter registry in memory, for what times itself (the adviser, {@code AdviceComputations}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Metrics {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
