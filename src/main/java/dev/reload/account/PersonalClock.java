package dev.reload.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The application's clock as one person reads it: their "today" is the date where they live
 * (their account's time zone), not in UTC. Every feature that computes a person's day asks here.
 */
@Component
public class PersonalClock {

    private final AccountService accounts;
    private final Clock clock;

    PersonalClock(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The person's time zone, {@link TimeZones#FALLBACK} when the account is gone. */
    public ZoneId zone(AccountId id) {
        return accounts.timeZone(id).orElse(TimeZones.FALLBACK);
    }

    /** The date it is now where this person lives. */
    public LocalDate today(AccountId id) {
        return LocalDate.now(clock.withZone(zone(id)));
    }
}
