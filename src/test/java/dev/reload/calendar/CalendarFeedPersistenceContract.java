package dev.reload.calendar;

import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.calendar.CalendarFeedService.FeedLink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar feeds' table and repository, and the service on top of them, the same on every
 * database Reload runs on (subclasses pick it): one feed per account, found by its token's hash,
 * gone with its account, its revision counted up only when what it holds changes.
 */
abstract class CalendarFeedPersistenceContract {

    @Autowired
    private Flyway flyway;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private CalendarFeedRepository repository;

    @Autowired
    private CalendarFeedService feeds;

    private final Instant now = Instant.parse("2026-03-16T08:30:00Z");
    private AccountId owner;

    @BeforeEach
    void anAccount() {
        owner = register("Feed");
    }

    @Test
    void theFeedTableIsMigrated() {
        assertThat(flyway.info().applied())
                .filteredOn(m -> m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion())
                .contains("012");
    }

    @Test
    void aFeedIsFoundByItsAccountAndByItsTokensHash() {
        String token = TokenHashes.newToken();
        CalendarFeed saved = repository.save(CalendarFeed.create(owner.value(), token, TokenHashes.hash(token), now));

        assertThat(repository.findByAccountId(owner.value())).contains(saved);
        assertThat(repository.findByTokenHash(TokenHashes.hash(token))).hasValueSatisfying(found -> {
            assertThat(found.token()).isEqualTo(token);
            assertThat(found.createdAt()).isEqualTo(now);
            assertThat(found.revision()).isZero();
            assertThat(found.contentHash()).isNull();
        });
        assertThat(repository.findByTokenHash(TokenHashes.hash(TokenHashes.newToken())))
                .isEmpty();
    }

    /** A token's hash is looked up, not kept unique: 256 random bits do not repeat (decision 0024). */
    @Test
    void anAccountHasOneFeed() {
        String token = TokenHashes.newToken();
        repository.save(CalendarFeed.create(owner.value(), token, TokenHashes.hash(token), now));
        String another = TokenHashes.newToken();

        assertThatThrownBy(() ->
                        repository.save(CalendarFeed.create(owner.value(), another, TokenHashes.hash(another), now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theFeedGoesWithItsAccount() {
        FeedLink link = feeds.linkOrCreate(owner);

        jdbc.update("DELETE FROM account WHERE id = ?", owner.value());

        assertThat(repository.findByTokenHash(TokenHashes.hash(link.token()))).isEmpty();
    }

    @Test
    void theServiceKeepsOneAddressUntilItIsStopped() {
        FeedLink link = feeds.linkOrCreate(owner);
        assertThat(feeds.linkOrCreate(owner)).isEqualTo(link);
        assertThat(feeds.link(owner)).contains(link);

        feeds.stop(owner);

        assertThat(feeds.link(owner)).isEmpty();
        assertThat(feeds.read(link.token(), "http://localhost/today")).isEmpty();
        assertThat(feeds.linkOrCreate(owner).token()).isNotEqualTo(link.token());
    }

    @Test
    void readingAFeedCountsItsRevisionUpOnlyWhenWhatItHoldsChanges() {
        FeedLink link = feeds.linkOrCreate(owner);

        String first =
                feeds.read(link.token(), "http://localhost/today").orElseThrow().etag();
        String again =
                feeds.read(link.token(), "http://localhost/today").orElseThrow().etag();
        CalendarFeed stored = repository.findByAccountId(owner.value()).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.contentHash()).hasSize(64);

        String moved = feeds.read(link.token(), "http://elsewhere.example/today")
                .orElseThrow()
                .etag();
        assertThat(moved).isNotEqualTo(first);
        assertThat(repository.findByAccountId(owner.value()).orElseThrow().revision())
                .isEqualTo(2);
    }

    private AccountId register(String name) {
        return accounts.register(new Registration(
                        "feed-" + UUID.randomUUID() + "@example.org", name, "amber-tundra-whistle", Role.PATIENT))
                .id();
    }
}
