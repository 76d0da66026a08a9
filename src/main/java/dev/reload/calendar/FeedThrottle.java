package dev.reload.calendar;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.reload.system.security.FailureCounts;
import dev.reload.system.security.Throttles;

/**
 * Counts reads of unknown feed addresses per client address, as wrong passwords are counted: after
 * {@code unknownAllowed} within {@code window}, that address is answered 429 until the window lets
 * some through again. A feed's address cannot be guessed (256 random bits); this keeps anyone from
 * trying at scale.
 */
@Component
public class FeedThrottle {

    private final FailureCounts unknown;

    FeedThrottle(
            Throttles throttles,
            @Value("${reload.calendar.unknown-feeds-allowed:20}") int unknownAllowed,
            @Value("${reload.calendar.unknown-feed-window:5m}") Duration window) {
        this.unknown = throttles.failureCounts("calendar-feed", unknownAllowed, window);
    }

    /** Whether a feed may be looked up for this client address now. */
    public boolean allows(String clientAddress) {
        return unknown.allows(clientAddress);
    }

    /** Counts one read of an unknown feed against the address. */
    public void recordUnknown(String clientAddress) {
        unknown.record(clientAddress);
    }

    /** How long a refused client should wait: one refill step. */
    public Duration retryAfter() {
        return unknown.retryAfter();
    }
}
