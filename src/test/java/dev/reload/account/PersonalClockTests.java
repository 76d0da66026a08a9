package dev.reload.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** A person's "today" is the date where they live, whatever the date in UTC. */
class PersonalClockTests {

    private static final AccountId ME = new AccountId(7);

    /** Wednesday 11 March 2026, 23:30 UTC. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-03-11T23:30:00Z"), ZoneOffset.UTC);

    private final AccountService accounts = mock(AccountService.class);

    @ParameterizedTest
    @CsvSource({
        "UTC,                 2026-03-11",
        "Pacific/Auckland,    2026-03-12",
        "Australia/Sydney,    2026-03-12",
        "Europe/Berlin,       2026-03-12",
        "Europe/London,       2026-03-11",
        "America/Los_Angeles, 2026-03-11",
    })
    void todayIsTheDateWhereThePersonLives(String zone, LocalDate today) {
        given(accounts.timeZone(ME)).willReturn(Optional.of(ZoneId.of(zone)));

        assertThat(new PersonalClock(accounts, LATE_EVENING_UTC).today(ME)).isEqualTo(today);
    }

    @Test
    void anAccountThatIsGoneReadsTheDayInUtc() {
        given(accounts.timeZone(ME)).willReturn(Optional.empty());
        PersonalClock clock = new PersonalClock(accounts, LATE_EVENING_UTC);

        assertThat(clock.zone(ME)).isEqualTo(ZoneId.of("UTC"));
        assertThat(clock.today(ME)).isEqualTo(LocalDate.of(2026, 3, 11));
    }
}
