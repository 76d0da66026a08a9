package dev.reload.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.PlanOutlook;
import dev.reload.advice.PlanOutlookService;

/**
 * Each account's private calendar feed (decision 0013): made on request, one per account, read by
 * its token without signing in, stopped by deleting it. A read lays the plan out afresh around the
 * person's today ({@link #WEEKS_BACK} plan weeks back, {@link #WEEKS_AHEAD} ahead) and counts up
 * the feed's revision whenever what it holds has changed since the last read.
 */
@Service
public class CalendarFeedService {

    /** Plan weeks shown before the one in progress. */
    static final int WEEKS_BACK = 2;

    /** Plan weeks shown after the one in progress. */
    static final int WEEKS_AHEAD = 4;

    private final CalendarFeedRepository feeds;
    private final PlanOutlookService outlooks;
    private final PlanCalendar words;
    private final AccountService accounts;
    private final PersonalClock personalClock;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            PlanOutlookService outlooks,
            PlanCalendar words,
            AccountService accounts,
            PersonalClock personalClock,
            Clock clock) {
        this.feeds = feeds;
        this.outlooks = outlooks;
        this.words = words;
        this.accounts = accounts;
        this.personalClock = personalClock;
        this.clock = clock;
    }

    /** A feed as its owner sees it: the token of its address, and since when it exists. */
    public record FeedLink(String token, Instant createdAt) {}

    /** The feed as a calendar app reads it: the iCalendar text and a tag that changes with it. */
    public record Feed(String calendar, String etag) {}

    /** The account's feed, if it has one. */
    public Optional<FeedLink> link(AccountId owner) {
        return feeds.findByAccountId(owner.value()).map(CalendarFeedService::link);
    }

    /** The account's feed, made now if it has none (the same one on every call while it exists). */
    public FeedLink linkOrCreate(AccountId owner) {
        return link(owner).orElseGet(() -> create(owner));
    }

    private FeedLink create(AccountId owner) {
        String token = TokenHashes.newToken();
        try {
            return link(feeds.save(CalendarFeed.create(owner.value(), token, TokenHashes.hash(token), now())));
        } catch (DbActionExecutionException | DataIntegrityViolationException e) {
            // made at the same moment by another request: that one stands
            return link(owner).orElseThrow(() -> e);
        }
    }

    /** Stops the account's feed: its address answers 404 from now on. Nothing happens without one. */
    @Transactional
    public void stop(AccountId owner) {
        feeds.deleteByAccountId(owner.value());
    }

    /**
     * The feed with this token as it stands now, or empty when no feed has it (never made, or
     * stopped).
     *
     * @param todayUrl the address of the Today page, for the events' links
     */
    @Transactional
    public Optional<Feed> read(String token, String todayUrl) {
        if (!TokenHashes.wellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(TokenHashes.hash(token))
                .filter(feed -> TokenHashes.same(feed.token(), token))
                .map(feed -> feed(feed, todayUrl));
    }

    private Feed feed(CalendarFeed feed, String todayUrl) {
        AccountId owner = new AccountId(feed.accountId());
        ZoneId zone = personalClock.zone(owner);
        LocalDate today = personalClock.today(owner);
        Optional<PlanOutlook> outlook = outlooks.outlook(owner, today, WEEKS_BACK, WEEKS_AHEAD);
        FeedContent content = words.content(
                feed.id(),
                LocalDate.ofInstant(feed.createdAt(), zone),
                outlook,
                zone,
                accounts.distanceUnit(owner),
                todayUrl);
        String hash = content.hash();
        CalendarFeed current = hash.equals(feed.contentHash()) ? feed : feeds.save(feed.changed(hash, now()));
        return new Feed(
                ICalendarWriter.write(content, current.revision(), current.changedAt()),
                "\"" + current.id() + "-" + current.revision() + "\"");
    }

    /** Now, to the second: as the database keeps it, and as iCalendar writes it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static FeedLink link(CalendarFeed feed) {
        return new FeedLink(feed.token(), feed.createdAt());
    }
}
